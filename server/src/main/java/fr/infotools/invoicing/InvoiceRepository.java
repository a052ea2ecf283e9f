package fr.infotools.invoicing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

	List<Invoice> findByCustomerIdOrderByIssueDateDescIdDesc(long customerId);

	List<Invoice> findByCreditedInvoiceId(long invoiceId);

}
