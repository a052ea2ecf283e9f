package fr.infotools.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long> {

	/**
	 * Customers whose name starts with the text (the index on owner and name serves it),
	 * optionally limited to one owner and one type.
	 */
	@Query("""
			select c from Customer c
			where (:ownerId is null or c.ownerId = :ownerId)
			  and (:type is null or c.type = :type)
			  and (:namePrefix is null or c.companyName like :namePrefix)
			  and (:city is null or c.city = :city)""")
	Page<Customer> search(Long ownerId, CustomerType type, String namePrefix, String city, Pageable page);

	Optional<Customer> findFirstByEmailIgnoreCase(String email);

	/** The names of the given customers, of one owner when given. */
	@Query("""
			select new fr.infotools.customer.IdName(c.id, c.companyName) from Customer c
			where c.id in :ids and (:ownerId is null or c.ownerId = :ownerId)""")
	List<IdName> findNames(Collection<Long> ids, Long ownerId);

	/** The full names of the given contacts, of one owner's customers when given. */
	@Query("""
			select new fr.infotools.customer.IdName(ct.id, concat(ct.firstName, ' ', ct.lastName))
			from Contact ct, Customer c
			where c.id = ct.customerId and ct.id in :ids and (:ownerId is null or c.ownerId = :ownerId)""")
	List<IdName> findContactNames(Collection<Long> ids, Long ownerId);

}
