package fr.infotools.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firewall's header rule, checked character by character, says exactly what Spring
 * Security's regular expressions say.
 */
class HeaderFirewallTests {

	static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsTheExpressionsJudgeIt() {
		List<Integer> refused = new ArrayList<>();
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			String text = "a" + Character.toString(c) + "b";
			assertThat(HeaderFirewall.isAllowedName(text)).as("name with U+%04X", c)
				.isEqualTo(NAME.matcher(text).matches());
			assertThat(HeaderFirewall.isAllowedValue(text)).as("value with U+%04X", c)
				.isEqualTo(VALUE.matcher(text).matches());
			if (!HeaderFirewall.isAllowedValue(text)) {
				refused.add(c);
			}
		}
		assertThat(refused).contains(0, (int) '\n', (int) '\r', 0x7f, 0x85, 0x0378).doesNotContain((int) '\t');
		assertThat(HeaderFirewall.isAllowedName("X-Tab\tName")).isFalse();
	}

	@Test
	void loneSurrogatesAndMixedTextAreJudgedAsTheExpressionsJudgeThem() {
		Random random = new Random(7);
		char[] pool = { 'a', 'Z', ' ', '\t', '\n', '\u007f', '\u00e9', '\ud83d', '\ude00', '\u0378', '\u2028', '=',
				'\u0000' };
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(6); n > 0; n--) {
				text.append(pool[random.nextInt(pool.length)]);
			}
			String s = text.toString();
			assertThat(HeaderFirewall.isAllowedName(s)).as(s).isEqualTo(NAME.matcher(s).matches());
			assertThat(HeaderFirewall.isAllowedValue(s)).as(s).isEqualTo(VALUE.matcher(s).matches());
		}
	}

}
