package dev.b2cemulator.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop accepts exactly what Spring Security's header pattern accepts. */
class HeaderCharactersTests {

    @Test
    void sameAnswerAsTheFirewallsPatternsForEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            assertThat(HeaderCharacters.VALUES.test(text)).as("value U+%04X", codePoint)
                .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
            assertThat(HeaderCharacters.NAMES.test(text)).as("name U+%04X", codePoint)
                .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
        }
    }

    @Test
    void sameAnswerAsTheFirewallsPatternsOnHostileAndOrdinaryValues() {
        List<String> values = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "application/json",
                "tab\there", "nul\u0000", "del\u007f", "c1\u0085", "ünïcödé", "emoji \ud83d\ude00", "lone \ud800",
                "rtl \u202e", "unassigned \u0378", "private use \ue000", "bom \ufeff", "line\nfeed"));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                value.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            values.add(value.toString());
        }

        for (String value : values) {
            assertThat(HeaderCharacters.VALUES.test(value)).as("value " + value)
                .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
            assertThat(HeaderCharacters.NAMES.test(value)).as("name " + value)
                .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(value));
        }
    }

}
