package fr.infotools.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

	List<Contact> findByCustomerIdOrderByLastNameAscFirstNameAsc(long customerId);

}
