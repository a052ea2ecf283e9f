package fr.infotools.appointment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A query parameter that is an ISO instant ({@code 2026-05-04T07:00:00Z}, or with an
 * offset) or an ISO day ({@code 2026-05-04}, meaning midnight in Paris at the start of
 * that day). Anything else answers 400 naming the parameter.
 */
@Schema(type = "string", description = "An ISO instant (2026-05-04T07:00:00Z) or day (2026-05-04, midnight in Paris)",
		example = "2026-05-04")
record InstantParam(Instant instant) {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

	/** Called by Spring's conversion of request parameters. */
	public static InstantParam valueOf(String text) {
		String value = text.strip();
		Instant instant;
		try {
			instant = (value.length() == 10) ? LocalDate.parse(value).atStartOfDay(PARIS).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Neither an ISO instant nor an ISO date: " + value, ex);
		}
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw new IllegalArgumentException("Out of range: " + value);
		}
		return new InstantParam(instant);
	}

	static Instant of(InstantParam param) {
		return (param != null) ? param.instant : null;
	}

}
