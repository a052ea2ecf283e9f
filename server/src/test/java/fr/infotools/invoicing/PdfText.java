package fr.infotools.invoicing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a PDF back as text with OpenPDF, to check what it says.
 */
public final class PdfText {

	private PdfText() {
	}

	/**
	 * The text of every page on one line: the extractor reads a no-break space as a space
	 * and a gap, and paragraphs wrap, so any run of blanks becomes one space.
	 */
	public static String of(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString().replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
		}
		finally {
			reader.close();
		}
	}

	/** Downloads a PDF over HTTP (the body as bytes, not text). */
	public static byte[] download(int port, String path, String token) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
