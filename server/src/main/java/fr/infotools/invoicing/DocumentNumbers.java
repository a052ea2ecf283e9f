package fr.infotools.invoicing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free yearly numbering of invoices (FA-2026-00001) and credit notes (AV-2026-00001).
 * The series row is incremented in the issuing transaction and stays locked until it
 * ends: concurrent issues wait for each other, and a rolled-back issue gives its number
 * back.
 */
@Repository
class DocumentNumbers {

	private final JdbcClient jdbc;

	DocumentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(InvoiceKind kind, int year) {
		String series = kind.prefix() + "-" + year;
		if (increment(series) == 0) {
			try {
				this.jdbc.sql("INSERT INTO document_sequences (series, last_value) VALUES (?, 0)")
					.param(series)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another transaction opened the series first: its row now exists
			}
			increment(series);
		}
		int value = this.jdbc.sql("SELECT last_value FROM document_sequences WHERE series = ?")
			.param(series)
			.query(Integer.class)
			.single();
		return String.format("%s-%05d", series, value);
	}

	private int increment(String series) {
		return this.jdbc.sql("UPDATE document_sequences SET last_value = last_value + 1 WHERE series = ?")
			.param(series)
			.update();
	}

}
