package fr.infotools.invoicing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRepository extends JpaRepository<Invoice, Long>, JpaSpecificationExecutor<Invoice> {

	List<Invoice> findByCustomerIdOrderByIssueDateDescIdDesc(long customerId);

	List<Invoice> findByCreditedInvoiceIdOrderByIdAsc(long invoiceId);

}
