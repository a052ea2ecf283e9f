package fr.infotools.desktop.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment received for an invoice. */
public record Payment(Long id, Long invoiceId, BigDecimal amount, LocalDate paidOn, PaymentMethod method,
		String reference, Instant createdAt) {
}
