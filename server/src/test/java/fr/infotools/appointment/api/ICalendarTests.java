package fr.infotools.appointment.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The iCalendar writing rules of RFC 5545 (escaping, folding, UTC times) and the query
 * parameters of lists, without a server.
 */
class ICalendarTests {

	@Test
	void textValuesAreEscaped() {
		assertThat(ICalendar.escape("Démo; poste, client\\test")).isEqualTo("Démo\\; poste\\, client\\\\test");
		assertThat(ICalendar.escape("ligne 1\nligne 2\r\nligne 3\rligne 4"))
			.isEqualTo("ligne 1\\nligne 2\\nligne 3\\nligne 4");
		assertThat(ICalendar.escape("bip\u0007\u007Fok\ttab")).isEqualTo("bipoktab");
		assertThat(ICalendar.escape("BEGIN:VEVENT")).isEqualTo("BEGIN:VEVENT");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		String ascii = "DESCRIPTION:" + "a".repeat(200);
		assertFolded(ascii);
		String accents = "SUMMARY:" + "é".repeat(80) + "\uD83D\uDCC5" + "à".repeat(30);
		assertFolded(accents);
		assertThat(ICalendar.fold("SUMMARY:court")).isEqualTo("SUMMARY:court");
	}

	@Test
	void aDocumentHasCrlfLinesAndUtcTimes() {
		String text = new ICalendar("-//Test//FR", "Agenda, test")
			.event(new ICalendar.Event("appointment-7@infotools", Instant.parse("2026-01-02T03:04:05.123456Z"), 2,
					Instant.parse("2026-05-04T07:30:00Z"), Instant.parse("2026-05-04T08:30:00Z"), "Démo",
					"Lyon, 3 rue X", "Client : A\nnotes", "CONFIRMED"))
			.end();
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//FR\r\n")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
			.contains("\r\nX-WR-CALNAME:Agenda\\, test\r\n", "\r\nUID:appointment-7@infotools\r\n",
					"\r\nDTSTAMP:20260102T030405Z\r\n", "\r\nSEQUENCE:2\r\n", "\r\nDTSTART:20260504T073000Z\r\n",
					"\r\nDTEND:20260504T083000Z\r\n", "\r\nLOCATION:Lyon\\, 3 rue X\r\n",
					"\r\nDESCRIPTION:Client : A\\nnotes\r\n", "\r\nSTATUS:CONFIRMED\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
	}

	@Test
	void listBoundsAreInstantsOrParisDays() {
		assertThat(InstantParam.valueOf("2026-05-04T07:00:00Z").instant())
			.isEqualTo(Instant.parse("2026-05-04T07:00:00Z"));
		assertThat(InstantParam.valueOf("2026-05-04T09:00:00+02:00").instant())
			.isEqualTo(Instant.parse("2026-05-04T07:00:00Z"));
		assertThat(InstantParam.valueOf("2026-05-04").instant()).isEqualTo(Instant.parse("2026-05-03T22:00:00Z"));
		assertThat(InstantParam.valueOf("2026-01-15").instant()).isEqualTo(Instant.parse("2026-01-14T23:00:00Z"));
		assertThat(InstantParam.of(null)).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> InstantParam.valueOf("demain"));
		assertThatIllegalArgumentException().isThrownBy(() -> InstantParam.valueOf("2026-13-45"));
		assertThatIllegalArgumentException().isThrownBy(() -> InstantParam.valueOf("2026-05-04T09:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> InstantParam.valueOf("0001-01-01"));
		assertThatIllegalArgumentException().isThrownBy(() -> InstantParam.valueOf("+50000-01-01T00:00:00Z"));
	}

	private static void assertFolded(String line) {
		String folded = ICalendar.fold(line);
		String[] physical = folded.split("\r\n");
		assertThat(physical.length).isGreaterThan(1);
		for (int i = 0; i < physical.length; i++) {
			assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			if (i > 0) {
				assertThat(physical[i]).startsWith(" ");
			}
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
	}

}
