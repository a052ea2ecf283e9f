package fr.infotools.mobile.app;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app checks appointments with the server's rules before sending them, and must then
 * say what the server would say: its messages are compared here with the server's
 * bundles, in both languages.
 */
public class ServerMessagesTests {

	private static final File SERVER_RESOURCES = new File("../../server/src/main/resources");

	private static final String[][] RULES = { { "rule_end_before_start", "rule.appointment.end-before-start" },
			{ "rule_too_long", "rule.appointment.too-long" }, { "rule_in_past", "rule.appointment.in-past" },
			{ "rule_date_range", "rule.appointment.date-range" }, { "rule_new_status", "rule.appointment.new-status" },
			{ "rule_status_change", "rule.appointment.status-change" },
			{ "rule_done_before_start", "rule.appointment.done-before-start" },
			{ "rule_overlap", "problem.appointment-overlap.detail" },
			{ "rule_safe_text", "infotools.validation.safe-text" } };

	@Test
	public void frenchMessagesAreTheServers() throws Exception {
		compare("values", "_fr");
	}

	@Test
	public void englishMessagesAreTheServers() throws Exception {
		compare("values-en", "");
	}

	private static void compare(String values, String suffix) throws Exception {
		Map<String, String> app = strings(new File("src/main/res/" + values + "/strings.xml"));
		Properties server = new Properties();
		load(server, "messages" + suffix + ".properties");
		load(server, "i18n/appointment" + suffix + ".properties");
		load(server, "ValidationMessages" + suffix + ".properties");
		for (String[] rule : RULES) {
			String expected = server.getProperty(rule[1]).replace("''", "'");
			String actual = app.get(rule[0])
				.replace("\\'", "'")
				.replace("%1$d", "{0}")
				.replace("%1$s", "{0}")
				.replace("%2$s", "{1}");
			assertThat(actual).as(rule[0] + " = " + rule[1]).isEqualTo(expected);
		}
	}

	private static void load(Properties properties, String name) throws IOException {
		try (InputStream in = new FileInputStream(new File(SERVER_RESOURCES, name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	private static Map<String, String> strings(File file) throws Exception {
		Map<String, String> strings = new HashMap<>();
		NodeList nodes = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(file)
			.getElementsByTagName("string");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element string = (Element) nodes.item(i);
			strings.put(string.getAttribute("name"), string.getTextContent());
		}
		return strings;
	}

}
