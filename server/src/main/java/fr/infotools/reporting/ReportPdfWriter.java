package fr.infotools.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the statistics report as a French PDF: a cover with the period and the key
 * indicators, then each chart (revenue by month, margin by month, revenue by rep and by
 * category) followed by the table of the figures it draws, the appointments per rep, the
 * best-selling products and the products low in stock. The charts are JFreeChart charts
 * drawn as vectors (into a PDF form, not a picture), so they stay sharp at any zoom and
 * their labels remain text. Every figure comes from the {@link Dashboard}, the same one
 * the API serves; labels come from the {@code i18n/reporting} bundle.
 */
@Component
class ReportPdfWriter {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Locale FRENCH = Locale.FRENCH;

	private static final String REGULAR_FONT = "fonts/SourceSansPro-Regular.ttf";

	private static final String BOLD_FONT = "fonts/SourceSansPro-Bold.ttf";

	private static final Color INK = new Color(0x1F, 0x2A, 0x37);

	private static final Color MUTED = new Color(0x5B, 0x67, 0x75);

	private static final Color RULE = new Color(0xC9, 0xD1, 0xD9);

	private static final Color SHADE = new Color(0xEE, 0xF2, 0xF6);

	private static final Color REVENUE = new Color(0x2F, 0x6F, 0xB0);

	private static final Color MARGIN = new Color(0x2E, 0x8B, 0x57);

	private static final Color ACCENT = new Color(0xC2, 0x6A, 0x1B);

	private static final float CHART_HEIGHT = 210;

	private final MessageSource messages;

	private final BaseFont regular;

	private final BaseFont boldBase;

	private final java.awt.Font awtRegular;

	private final java.awt.Font awtBold;

	private final Font body;

	private final Font bold;

	private final Font small;

	private final Font heading;

	ReportPdfWriter(MessageSource messages) {
		this.messages = messages;
		byte[] regularTtf = resource(REGULAR_FONT);
		byte[] boldTtf = resource(BOLD_FONT);
		try {
			this.regular = BaseFont.createFont(REGULAR_FONT, BaseFont.CP1252, BaseFont.EMBEDDED, BaseFont.CACHED,
					regularTtf, null);
			this.boldBase = BaseFont.createFont(BOLD_FONT, BaseFont.CP1252, BaseFont.EMBEDDED, BaseFont.CACHED, boldTtf,
					null);
			this.awtRegular = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
					new java.io.ByteArrayInputStream(regularTtf));
			this.awtBold = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
					new java.io.ByteArrayInputStream(boldTtf));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
		this.body = new Font(this.regular, 9, Font.NORMAL, INK);
		this.bold = new Font(this.boldBase, 9, Font.NORMAL, INK);
		this.small = new Font(this.regular, 7.5f, Font.NORMAL, MUTED);
		this.heading = new Font(this.boldBase, 13, Font.NORMAL, INK);
	}

	/** What a report shows: the dashboard, who it is about, who issues it and when. */
	record Report(Dashboard dashboard, String salesRep, String company, Instant generatedAt) {

	}

	byte[] write(Report report) {
		Dashboard dashboard = report.dashboard();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 56);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		String period = text("period", ReportFormat.date(dashboard.from()), ReportFormat.date(dashboard.to()));
		writer.setPageEvent(new Footer(report.company() + " — " + text("title") + " — " + period));
		document.addTitle(text("title") + " — " + period);
		document.addAuthor(report.company());
		document.addCreator("InfoTools");
		document.open();

		cover(document, report, period);
		keyIndicators(document, dashboard);
		section(document, "section.revenue-by-month");
		chart(document, writer, monthChart(dashboard, true));
		document.newPage();
		section(document, "section.margin-by-month");
		chart(document, writer, monthChart(dashboard, false));
		document.add(monthTable(dashboard));

		document.newPage();
		section(document, "section.by-rep");
		chart(document, writer, repChart(dashboard));
		document.add(repTable(dashboard));
		section(document, "section.appointments");
		document.add(appointmentTable(dashboard));

		document.newPage();
		section(document, "section.by-category");
		chart(document, writer, categoryChart(dashboard));
		document.add(categoryTable(dashboard));
		section(document, "section.top-products");
		document.add(productTable(dashboard));
		section(document, "section.low-stock");
		document.add(lowStockTable(dashboard));
		document.close();
		return out.toByteArray();
	}

	private void cover(Document document, Report report, String period) {
		Paragraph company = new Paragraph(report.company().toUpperCase(FRENCH),
				new Font(this.boldBase, 10, Font.NORMAL, MUTED));
		document.add(company);
		Paragraph title = new Paragraph(text("title"), new Font(this.boldBase, 26, Font.NORMAL, INK));
		title.setSpacingBefore(6);
		document.add(title);
		Paragraph when = new Paragraph(period, new Font(this.regular, 15, Font.NORMAL, REVENUE));
		when.setSpacingBefore(4);
		document.add(when);
		String scope = (report.salesRep() != null) ? text("scope.rep", report.salesRep()) : text("scope.all");
		document.add(new Paragraph(scope, new Font(this.regular, 11, Font.NORMAL, INK)));
		String generated = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", FRENCH)
			.format(report.generatedAt().atZone(PARIS));
		Paragraph edition = new Paragraph(text("generated", generated), this.small);
		edition.setSpacingAfter(14);
		document.add(edition);
	}

	private void keyIndicators(Document document, Dashboard dashboard) {
		section(document, "section.key-indicators");
		Dashboard.Invoices invoices = dashboard.invoices();
		long planned = 0;
		long done = 0;
		long cancelled = 0;
		for (Dashboard.RepAppointments rep : dashboard.appointmentsByRep()) {
			planned += rep.planned();
			done += rep.done();
			cancelled += rep.cancelled();
		}
		PdfPTable grid = table(new float[] { 1, 1, 1 });
		grid.addCell(indicator(text("kpi.revenue"), ReportFormat.euros(dashboard.revenue()), text("kpi.revenue.note")));
		grid.addCell(indicator(text("kpi.margin"), ReportFormat.euros(dashboard.margin()),
				text("kpi.margin.note", ReportFormat.percent(dashboard.marginRate()))));
		grid.addCell(indicator(text("kpi.conversion"), ReportFormat.percent(dashboard.conversionRate()),
				text("kpi.conversion.note", ReportFormat.integer(dashboard.conversions()),
						ReportFormat.integer(dashboard.openProspects()))));
		grid.addCell(indicator(text("kpi.invoices"), ReportFormat.integer(invoices.issued()),
				text("kpi.invoices.note", ReportFormat.integer(invoices.paid()),
						ReportFormat.integer(invoices.overdue()), ReportFormat.integer(invoices.creditNotes()))));
		grid.addCell(indicator(text("kpi.open"), ReportFormat.euros(invoices.openAmount()),
				text("kpi.open.note", ReportFormat.euros(invoices.overdueAmount()))));
		grid.addCell(indicator(text("kpi.appointments"), ReportFormat.integer(planned + done + cancelled),
				text("kpi.appointments.note", ReportFormat.integer(done), ReportFormat.integer(planned),
						ReportFormat.integer(cancelled))));
		grid.addCell(indicator(text("kpi.low-stock"), ReportFormat.integer(dashboard.lowStock().size()),
				text("kpi.low-stock.note")));
		Dashboard.RepFigures bestRep = dashboard.byRep().isEmpty() ? null : dashboard.byRep().get(0);
		grid.addCell(indicator(text("kpi.best-rep"), (bestRep != null) ? bestRep.salesRep() : "—",
				(bestRep != null) ? text("kpi.best.note", ReportFormat.euros(bestRep.revenue())) : text("empty")));
		Dashboard.CategoryFigures bestCategory = dashboard.byCategory().isEmpty() ? null
				: dashboard.byCategory().get(0);
		grid.addCell(indicator(text("kpi.best-category"),
				(bestCategory != null) ? category(bestCategory.category()) : "—", (bestCategory != null)
						? text("kpi.best.note", ReportFormat.euros(bestCategory.revenue())) : text("empty")));
		grid.setSpacingAfter(12);
		document.add(grid);
	}

	private PdfPCell indicator(String label, String value, String note) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.BOX);
		cell.setBorderColor(RULE);
		cell.setBackgroundColor(SHADE);
		cell.setPadding(7);
		cell.setPaddingBottom(9);
		cell.addElement(new Paragraph(label, new Font(this.regular, 8.5f, Font.NORMAL, MUTED)));
		Paragraph figure = new Paragraph(value, new Font(this.boldBase, 15, Font.NORMAL, INK));
		figure.setSpacingBefore(2);
		cell.addElement(figure);
		cell.addElement(new Paragraph(note, this.small));
		return cell;
	}

	private void section(Document document, String key) {
		Paragraph title = new Paragraph(text(key), this.heading);
		title.setSpacingBefore(10);
		title.setSpacingAfter(6);
		document.add(title);
	}

	/** A chart drawn as vectors into a PDF form placed in the flow of the page. */
	private void chart(Document document, PdfWriter writer, JFreeChart chart) {
		float width = document.right() - document.left();
		PdfTemplate form = writer.getDirectContent().createTemplate(width, CHART_HEIGHT);
		Graphics2D graphics = form.createGraphics(width, CHART_HEIGHT, new ChartFonts());
		chart.draw(graphics, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
		graphics.dispose();
		Image image = Image.getInstance(form);
		image.setSpacingAfter(8);
		document.add(image);
	}

	private JFreeChart monthChart(Dashboard dashboard, boolean revenue) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = text(revenue ? "column.revenue" : "column.margin");
		for (Dashboard.MonthFigures month : dashboard.byMonth()) {
			data.addValue(revenue ? month.revenue() : month.margin(), series,
					ReportFormat.shortMonth(month.year(), month.month()));
		}
		JFreeChart chart = barChart(data, PlotOrientation.VERTICAL, revenue ? REVENUE : MARGIN);
		if (dashboard.byMonth().size() > 8) {
			((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		return chart;
	}

	private JFreeChart repChart(Dashboard dashboard) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Dashboard.RepFigures rep : dashboard.byRep()) {
			data.addValue(rep.revenue(), text("column.revenue"), rep.salesRep());
			data.addValue(rep.margin(), text("column.margin"), rep.salesRep());
		}
		JFreeChart chart = barChart(data, PlotOrientation.HORIZONTAL, REVENUE);
		((BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer()).setSeriesPaint(1, MARGIN);
		chart.getLegend().setVisible(true);
		return chart;
	}

	private JFreeChart categoryChart(Dashboard dashboard) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Dashboard.CategoryFigures category : dashboard.byCategory()) {
			data.addValue(category.revenue(), text("column.revenue"), category(category.category()));
			data.addValue(category.margin(), text("column.margin"), category(category.category()));
		}
		JFreeChart chart = barChart(data, PlotOrientation.HORIZONTAL, ACCENT);
		((BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer()).setSeriesPaint(1, MARGIN);
		chart.getLegend().setVisible(true);
		return chart;
	}

	/** A flat bar chart in the report's fonts and colours, amounts in euros. */
	private JFreeChart barChart(DefaultCategoryDataset data, PlotOrientation orientation, Color color) {
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(this.awtRegular.deriveFont(8f));
		categories.setTickLabelPaint(INK);
		categories.setAxisLinePaint(RULE);
		categories.setTickMarksVisible(false);
		categories.setCategoryMargin(0.25);
		categories.setMaximumCategoryLabelLines(2);
		NumberAxis amounts = new NumberAxis();
		amounts.setNumberFormatOverride(ReportFormat.wholeEuros());
		amounts.setTickLabelFont(this.awtRegular.deriveFont(8f));
		amounts.setTickLabelPaint(MUTED);
		amounts.setAxisLineVisible(false);
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		bars.setItemMargin(0.05);
		bars.setSeriesPaint(0, color);
		CategoryPlot plot = new CategoryPlot(data, categories, amounts, bars);
		plot.setOrientation(orientation);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(RULE);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setInsets(new RectangleInsets(4, 4, 4, 12));
		plot.setNoDataMessage(text("empty"));
		plot.setNoDataMessageFont(this.awtRegular.deriveFont(10f));
		plot.setNoDataMessagePaint(MUTED);
		JFreeChart chart = new JFreeChart(null, this.awtBold.deriveFont(10f), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.getLegend().setItemFont(this.awtRegular.deriveFont(8f));
		chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		chart.getLegend().setVisible(false);
		return chart;
	}

	private PdfPTable monthTable(Dashboard dashboard) {
		PdfPTable table = header(new float[] { 34, 24, 24, 18 }, 1, "column.month", "column.revenue", "column.margin",
				"column.margin-rate");
		for (Dashboard.MonthFigures month : dashboard.byMonth()) {
			row(table, 1, ReportFormat.month(month.year(), month.month()), ReportFormat.euros(month.revenue()),
					ReportFormat.euros(month.margin()),
					ReportFormat.percent(Statistics.rate(month.margin(), month.revenue())));
		}
		empty(table, dashboard.byMonth());
		total(table, text("total"), ReportFormat.euros(dashboard.revenue()), ReportFormat.euros(dashboard.margin()),
				ReportFormat.percent(dashboard.marginRate()));
		return table;
	}

	private PdfPTable repTable(Dashboard dashboard) {
		PdfPTable table = header(new float[] { 34, 14, 22, 22, 14 }, 1, "column.rep", "column.invoices",
				"column.revenue", "column.margin", "column.margin-rate");
		long invoices = 0;
		for (Dashboard.RepFigures rep : dashboard.byRep()) {
			row(table, 1, rep.salesRep(), ReportFormat.integer(rep.invoices()), ReportFormat.euros(rep.revenue()),
					ReportFormat.euros(rep.margin()),
					ReportFormat.percent(Statistics.rate(rep.margin(), rep.revenue())));
			invoices += rep.invoices();
		}
		empty(table, dashboard.byRep());
		total(table, text("total"), ReportFormat.integer(invoices), ReportFormat.euros(dashboard.revenue()),
				ReportFormat.euros(dashboard.margin()), ReportFormat.percent(dashboard.marginRate()));
		return table;
	}

	private PdfPTable appointmentTable(Dashboard dashboard) {
		PdfPTable table = header(new float[] { 40, 20, 20, 20 }, 1, "column.rep", "column.done", "column.planned",
				"column.cancelled");
		for (Dashboard.RepAppointments rep : dashboard.appointmentsByRep()) {
			row(table, 1, rep.salesRep(), ReportFormat.integer(rep.done()), ReportFormat.integer(rep.planned()),
					ReportFormat.integer(rep.cancelled()));
		}
		empty(table, dashboard.appointmentsByRep());
		return table;
	}

	private PdfPTable categoryTable(Dashboard dashboard) {
		PdfPTable table = header(new float[] { 34, 24, 24, 18 }, 1, "column.category", "column.revenue",
				"column.margin", "column.margin-rate");
		for (Dashboard.CategoryFigures category : dashboard.byCategory()) {
			row(table, 1, category(category.category()), ReportFormat.euros(category.revenue()),
					ReportFormat.euros(category.margin()),
					ReportFormat.percent(Statistics.rate(category.margin(), category.revenue())));
		}
		empty(table, dashboard.byCategory());
		return table;
	}

	private PdfPTable productTable(Dashboard dashboard) {
		PdfPTable table = header(new float[] { 18, 46, 14, 22 }, 2, "column.sku", "column.product", "column.quantity",
				"column.revenue");
		for (Dashboard.ProductFigures product : dashboard.topProducts()) {
			row(table, 2, product.sku(), product.name(), ReportFormat.integer(product.quantity()),
					ReportFormat.euros(product.revenue()));
		}
		empty(table, dashboard.topProducts());
		return table;
	}

	private PdfPTable lowStockTable(Dashboard dashboard) {
		PdfPTable table = header(new float[] { 18, 50, 16, 16 }, 2, "column.sku", "column.product", "column.stock",
				"column.reorder-level");
		for (Dashboard.LowStock product : dashboard.lowStock()) {
			row(table, 2, product.sku(), product.name(), ReportFormat.integer(product.quantity()),
					ReportFormat.integer(product.reorderLevel()));
		}
		empty(table, dashboard.lowStock());
		return table;
	}

	/**
	 * A table with its header row: the first {@code textColumns} columns hold text
	 * (aligned left), the others figures (aligned right).
	 */
	private PdfPTable header(float[] widths, int textColumns, String... keys) {
		PdfPTable table = table(widths);
		table.setHeaderRows(1);
		for (int i = 0; i < keys.length; i++) {
			PdfPCell cell = cell(text(keys[i]), this.bold, align(i, textColumns));
			cell.setBackgroundColor(SHADE);
			table.addCell(cell);
		}
		table.setSpacingAfter(10);
		return table;
	}

	private void row(PdfPTable table, int textColumns, String... values) {
		for (int i = 0; i < values.length; i++) {
			PdfPCell cell = cell(values[i], this.body, align(i, textColumns));
			cell.setBorder(Rectangle.BOTTOM);
			cell.setBorderColor(RULE);
			table.addCell(cell);
		}
	}

	private static int align(int column, int textColumns) {
		return (column < textColumns) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
	}

	private void total(PdfPTable table, String... values) {
		for (int i = 0; i < values.length; i++) {
			PdfPCell cell = cell(values[i], this.bold, (i == 0) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			cell.setBackgroundColor(SHADE);
			table.addCell(cell);
		}
	}

	private void empty(PdfPTable table, List<?> rows) {
		if (rows.isEmpty()) {
			PdfPCell cell = cell(text("empty"), this.small, Element.ALIGN_LEFT);
			cell.setColspan(table.getNumberOfColumns());
			table.addCell(cell);
		}
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		return table;
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(4);
		return cell;
	}

	private String category(String category) {
		return this.messages.getMessage("report.category." + category, null, category, FRENCH);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage("report." + key, args, FRENCH);
	}

	private static byte[] resource(String name) {
		try (InputStream in = ReportPdfWriter.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The report's fonts for the charts' text: the same embedded fonts as the page. */
	private final class ChartFonts implements FontMapper {

		@Override
		public BaseFont awtToPdf(java.awt.Font font) {
			return font.isBold() || font.getFontName().contains("Bold") ? ReportPdfWriter.this.boldBase
					: ReportPdfWriter.this.regular;
		}

		@Override
		public java.awt.Font pdfToAwt(BaseFont font, int size) {
			return ((font == ReportPdfWriter.this.boldBase) ? ReportPdfWriter.this.awtBold
					: ReportPdfWriter.this.awtRegular)
				.deriveFont((float) size);
		}

	}

	/** The title and period, and the page number, at the foot of every page. */
	private final class Footer extends PdfPageEventHelper {

		private final String line;

		Footer(String line) {
			this.line = line;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte over = writer.getDirectContent();
			over.saveState();
			over.setColorStroke(RULE);
			over.setLineWidth(0.5f);
			over.moveTo(document.left(), 44);
			over.lineTo(document.right(), 44);
			over.stroke();
			over.restoreState();
			ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(this.line, ReportPdfWriter.this.small),
					document.left(), 32, 0);
			ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
					new Phrase(text("page", writer.getPageNumber()), ReportPdfWriter.this.small), document.right(), 32,
					0);
		}

	}

}
