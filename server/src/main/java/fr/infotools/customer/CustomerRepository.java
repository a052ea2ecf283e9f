package fr.infotools.customer;

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
	@Query(value = """
			select c from Customer c
			where (:ownerId is null or c.ownerId = :ownerId)
			  and (:type is null or c.type = :type)
			  and (:namePrefix is null or c.companyName like :namePrefix escape '\\')
			  and (:city is null or c.city = :city)""", countQuery = """
			select count(c) from Customer c
			where (:ownerId is null or c.ownerId = :ownerId)
			  and (:type is null or c.type = :type)
			  and (:namePrefix is null or c.companyName like :namePrefix escape '\\')
			  and (:city is null or c.city = :city)""")
	Page<Customer> search(Long ownerId, CustomerType type, String namePrefix, String city, Pageable page);

	Optional<Customer> findFirstByEmailIgnoreCase(String email);

}
