package fr.infotools.invoicing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA1;

/**
 * Factur-X: a PDF/A-3 that a person reads, with the invoice's CII XML attached as
 * {@code factur-x.xml} for machines (EN 16931 profile). The visible document is written
 * as PDF/A-1b (every font embedded, an sRGB output intent, no transparency); Mustang then
 * turns it into PDF/A-3 and attaches the XML with the Factur-X metadata.
 */
final class FacturX {

	/**
	 * The embedded fonts: Source Sans Pro, shipped in Mustang's jar (SIL Open Font
	 * License).
	 */
	static final String REGULAR_FONT = "fonts/SourceSansPro-Regular.ttf";

	static final String BOLD_FONT = "fonts/SourceSansPro-Bold.ttf";

	private static final String SRGB_PROFILE = "sRGB.icc";

	private FacturX() {
	}

	/**
	 * One of the embedded fonts, with the Windows-1252 encoding (French, €, no-break
	 * space).
	 */
	static BaseFont font(String resource) {
		try {
			return BaseFont.createFont(resource, BaseFont.CP1252, BaseFont.EMBEDDED, BaseFont.CACHED,
					resource(resource), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes the document PDF/A-1b: to be called before the document is opened, then
	 * {@link #outputIntent(PdfWriter)} once it is open.
	 */
	static void conformPdfA1b(PdfWriter writer) {
		writer.setPDFXConformance(PdfWriter.PDFA1B);
	}

	/** The sRGB output intent every colour of the page refers to. */
	static void outputIntent(PdfWriter writer) {
		try {
			writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
					resource(SRGB_PROFILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The PDF/A-1b document turned into a Factur-X PDF/A-3b with the XML attached, EN
	 * 16931 profile.
	 */
	static byte[] attach(byte[] pdfA1, byte[] xml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZUGFeRDExporterFromA1 exporter = new ZUGFeRDExporterFromA1()) {
			exporter.setProducer("InfoTools")
				.setCreator("InfoTools")
				.setZUGFeRDVersion(2)
				.setProfile(Profiles.getByName("EN16931"))
				.load(pdfA1);
			exporter.setXML(xml);
			exporter.export(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the Factur-X document", ex);
		}
		return out.toByteArray();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = FacturX.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("Missing resource " + name);
			}
			return in.readAllBytes();
		}
	}

}
