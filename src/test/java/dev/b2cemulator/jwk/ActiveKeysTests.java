package dev.b2cemulator.jwk;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveKeysTests {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static final long T = NOW.getEpochSecond();

    @Test
    void theLatestStartedKeyWins() {
        assertThat(active(key("a", T - 200, null), key("b", T - 100, null))).isEqualTo("b");
        assertThat(active(key("b", T - 100, null), key("a", T - 200, null))).isEqualTo("b");
    }

    @Test
    void expiredFutureAndDisabledKeysAreSkipped() {
        assertThat(active(key("old", T - 300, null), key("expired", T - 100, T - 1))).isEqualTo("old");
        assertThat(active(key("now", T - 300, null), key("future", T + 100, null))).isEqualTo("now");
        assertThat(active(key("enabled", T - 300, null), key("off", T - 100, null).withStatus(KeyStatus.DISABLED)))
            .isEqualTo("enabled");
        assertThat(ActiveKeys.select(List.of(key("expiresNow", null, T)), NOW)).isEmpty();
    }

    @Test
    void undatedKeysCountAsEarliestAndTiesGoToTheLastAdded() {
        assertThat(active(key("dated", T - 100, null), key("undated", null, null))).isEqualTo("dated");
        assertThat(active(key("first", null, null), key("second", null, null))).isEqualTo("second");
        assertThat(ActiveKeys.select(List.of(), NOW)).isEmpty();
    }

    private static String active(TrustFrameworkKey... keys) {
        return ActiveKeys.select(List.of(keys), NOW).orElseThrow().kid();
    }

    private static TrustFrameworkKey key(String kid, Long nbf, Long exp) {
        return new TrustFrameworkKey(kid, "sig", "oct", null, null, null, null, nbf, exp, KeyStatus.ENABLED, null);
    }

}
