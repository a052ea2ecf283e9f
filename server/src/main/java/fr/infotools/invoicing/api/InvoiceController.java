package fr.infotools.invoicing.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.Users;
import fr.infotools.invoicing.Invoice;
import fr.infotools.invoicing.InvoiceDocuments;
import fr.infotools.invoicing.InvoiceFilter;
import fr.infotools.invoicing.InvoiceKind;
import fr.infotools.invoicing.InvoiceStatus;
import fr.infotools.invoicing.InvoiceDetails;
import fr.infotools.invoicing.Invoicing;
import fr.infotools.invoicing.Payment;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.Money;
import fr.infotools.shared.PageQuery;
import fr.infotools.shared.PageResponse;
import fr.infotools.shared.Versions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices and credit notes: drafts and their lines, issue, payments, credit notes and
 * the PDF. A sales rep reaches the invoices of their own customers only (anything else
 * answers 404) and never sees costs or margins.
 */
@RestController
@RequestMapping("/api/v1/invoices")
class InvoiceController {

	/**
	 * Sortable fields. Creation order is the order of the ids (identity keys; invoices
	 * are never back-dated when created), which the primary key index serves.
	 */
	private static final Map<String, String> SORTABLE = Map.of("number", "number", "issueDate", "issueDate", "dueDate",
			"dueDate", "status", "status", "totalExclVat", "totalExclVat", "totalInclVat", "totalInclVat", "customerId",
			"customerId", "createdAt", "id");

	private final Invoicing invoicing;

	private final InvoiceDocuments documents;

	private final Users users;

	private final AccessPolicy access;

	InvoiceController(Invoicing invoicing, InvoiceDocuments documents, Users users, AccessPolicy access) {
		this.invoicing = invoicing;
		this.documents = documents;
		this.users = users;
		this.access = access;
	}

	/**
	 * Lists invoices and credit notes, latest first by default: {@code status},
	 * {@code overdue} (true: issued or partly paid and past due), {@code kind},
	 * {@code customerId}, {@code salesRepId} (managers), issue dates {@code from} and
	 * {@code to} (inclusive).
	 */
	@GetMapping
	PageResponse<InvoiceResponses.Summary> list(@RequestParam(required = false) InvoiceStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) InvoiceKind kind,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long salesRepId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		InvoiceFilter filter = new InvoiceFilter(status, overdue, kind, customerId, salesRepId, from, to);
		Map<Long, String> names = this.users.displayNames();
		return PageResponse.of(this.invoicing.search(filter, PageQuery.of(page, size, sort, SORTABLE, "createdAt,desc"))
			.map((invoice) -> InvoiceResponses.Summary.of(invoice, names)));
	}

	/** Opens a draft for a customer. */
	@PostMapping
	ResponseEntity<InvoiceResponses.Detail> create(@Valid @RequestBody InvoiceRequests.Create request) {
		Invoice invoice = this.invoicing.createDraft(request.customerId(), request.paymentTermsDays(),
				InvoiceRequests.blankToNull(request.notes()));
		InvoiceResponses.Detail view = view(invoice.getId());
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.getId()))
			.eTag(Versions.etag(view.version()))
			.body(view);
	}

	@GetMapping("/{id}")
	ResponseEntity<InvoiceResponses.Detail> get(@PathVariable long id) {
		return withEtag(view(id));
	}

	/** Changes a draft's payment terms and notes (version or If-Match required). */
	@PutMapping("/{id}")
	ResponseEntity<InvoiceResponses.Detail> update(@PathVariable long id,
			@Valid @RequestBody InvoiceRequests.Update request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.invoicing.updateDraft(id, Versions.expected(request.version(), ifMatch), request.paymentTermsDays(),
				InvoiceRequests.blankToNull(request.notes()));
		return withEtag(view(id));
	}

	/** Deletes a draft; an issued document is kept (409). */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.invoicing.deleteDraft(id);
	}

	/** Adds a line to a draft; answers the whole invoice with its new totals. */
	@PostMapping("/{id}/lines")
	ResponseEntity<InvoiceResponses.Detail> addLine(@PathVariable long id,
			@Valid @RequestBody InvoiceRequests.AddLine request) {
		int lineNo = this.invoicing
			.addLine(id, request.productId(), request.quantity().intValueExact(), request.discountPercent())
			.getLineNo();
		InvoiceResponses.Detail view = view(id);
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + id + "/lines/" + lineNo))
			.eTag(Versions.etag(view.version()))
			.body(view);
	}

	/** Changes a line's quantity and discount; answers the whole invoice. */
	@PutMapping("/{id}/lines/{lineNo}")
	ResponseEntity<InvoiceResponses.Detail> changeLine(@PathVariable long id, @PathVariable int lineNo,
			@Valid @RequestBody InvoiceRequests.ChangeLine request) {
		this.invoicing.changeLine(id, lineNo, request.quantity().intValueExact(), request.discountPercent());
		return withEtag(view(id));
	}

	/** Removes a line; answers the whole invoice. */
	@DeleteMapping("/{id}/lines/{lineNo}")
	ResponseEntity<InvoiceResponses.Detail> removeLine(@PathVariable long id, @PathVariable int lineNo) {
		this.invoicing.removeLine(id, lineNo);
		return withEtag(view(id));
	}

	/**
	 * Issues a draft today: number, due date, stock out (all or nothing: 409 listing the
	 * shortages).
	 */
	@PostMapping("/{id}/issue")
	ResponseEntity<InvoiceResponses.Detail> issue(@PathVariable long id) {
		return withEtag(view(this.invoicing.issueAndDescribe(id)));
	}

	@GetMapping("/{id}/payments")
	List<InvoiceResponses.PaymentView> payments(@PathVariable long id) {
		return this.invoicing.payments(id).stream().map(InvoiceResponses.PaymentView::of).toList();
	}

	@PostMapping("/{id}/payments")
	ResponseEntity<InvoiceResponses.PaymentView> recordPayment(@PathVariable long id,
			@Valid @RequestBody InvoiceRequests.RecordPayment request) {
		Payment payment = this.invoicing.recordPayment(id, new Money(request.amount()), request.paidOn(),
				request.method(), InvoiceRequests.blankToNull(request.reference()));
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + id + "/payments/" + payment.getId()))
			.body(InvoiceResponses.PaymentView.of(payment));
	}

	/**
	 * Issues a credit note against an invoice: the given quantities per line, or
	 * everything left to credit. Answers the credit note.
	 */
	@PostMapping("/{id}/credit-note")
	ResponseEntity<InvoiceResponses.Detail> creditNote(@PathVariable long id,
			@Valid @RequestBody(required = false) InvoiceRequests.CreditNote request) {
		Map<Integer, Integer> quantities = new LinkedHashMap<>();
		if (request != null && request.lines() != null) {
			for (InvoiceRequests.CreditLine line : request.lines()) {
				if (quantities.putIfAbsent(line.lineNo(), line.quantity().intValueExact()) != null) {
					throw new BusinessRuleException("invoice.credit-duplicate-line", "lines", line.lineNo());
				}
			}
		}
		LocalDate date = (request != null && request.date() != null) ? request.date() : this.invoicing.today();
		Invoice note = this.invoicing.creditNote(id, quantities, date);
		InvoiceResponses.Detail view = view(note.getId());
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + note.getId()))
			.eTag(Versions.etag(view.version()))
			.body(view);
	}

	/** The invoice or credit note as a French PDF, named after its number. */
	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		InvoiceDocuments.PdfFile file = this.documents.pdf(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	private InvoiceResponses.Detail view(long id) {
		return view(this.invoicing.details(id));
	}

	private InvoiceResponses.Detail view(InvoiceDetails details) {
		return InvoiceResponses.Detail.of(details, this.users.displayNames(), this.access.isManager());
	}

	private static ResponseEntity<InvoiceResponses.Detail> withEtag(InvoiceResponses.Detail view) {
		return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
	}

}
