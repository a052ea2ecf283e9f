package fr.infotools.perf.baseline;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class JsonTests {

	@Test
	void writesAsJacksonWrites() {
		String text = new Json().open('{')
			.field("text", "a\"b\\c\n\r\t\b\f\u0001\u001fé€/")
			.field("none", null)
			.money("amount", new BigDecimal("12.345"))
			.money("big", new BigDecimal("1E+7"))
			.money("missing", null)
			.field("flag", true)
			.name("list")
			.open('[')
			.value(1L)
			.value("x")
			.close(']')
			.name("empty")
			.open('[')
			.close(']')
			.close('}')
			.toString();
		assertThat(text).isEqualTo("{\"text\":\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001Fé€/\",\"none\":null,"
				+ "\"amount\":12.35,\"big\":10000000.00,\"missing\":null,\"flag\":true,\"list\":[1,\"x\"],\"empty\":[]}");
	}

	@Test
	void readsAFlatObjectAndSkipsNestedValues() {
		Map<String, Object> object = JsonReader
			.object(" { \"s\" : \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\", \"n\": -12.5e1, \"t\": true, \"f\": false, "
					+ "\"z\": null, \"aud\": [\"x\", {\"y\": [1, 2]}, []], \"o\": {}, \"e\": [] } ");
		assertThat(object).contains(entry("s", "a\"\\/\b\f\n\r\t\u00e9"), entry("n", new BigDecimal("-12.5e1")),
				entry("t", true), entry("f", false), entry("z", null), entry("aud", null), entry("o", null));
		assertThat(JsonReader.object("{}")).isEmpty();
	}

	@Test
	void refusesWhatIsNotAnObject() {
		for (String text : new String[] { "", "[]", "{", "{\"a\"}", "{\"a\":1,}", "{\"a\":1} x", "{\"a\":tru}",
				"{\"a\":\"\\u12\"}", "{\"a\":\"open", "{\"a\":[1 2]}" }) {
			assertThatIllegalArgumentException().as(text).isThrownBy(() -> JsonReader.object(text));
		}
	}

}
