package dev.b2cemulator.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import dev.b2cemulator.support.TestKeys;
import dev.b2cemulator.support.TestProperties;
import dev.b2cemulator.support.TestTokens;
import dev.b2cemulator.token.SigningKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decoder remembers tokens that verified, and the checks stay as strict: a remembered
 * token is refused once it expires, a decoder with another signing key refuses it, and a
 * token that never verified is never remembered.
 */
class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final SigningKey signingKey = new SigningKey(TestProperties.defaults());

    private final MutableClock clock = new MutableClock(NOW);

    private final GraphJwtDecoder decoder = new GraphJwtDecoder(signingKey, TestProperties.defaults(), clock);

    @Test
    void aTokenThatVerifiedIsRememberedAndAnsweredWithoutAnotherSignatureCheck() {
        String token = token(signingKey, NOW.plus(Duration.ofMinutes(5)));

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(decoder.rememberedTokens()).isEqualTo(1);
    }

    @Test
    void aRememberedTokenIsAnsweredUntilTheLastSecondTheClaimChecksAllow() {
        String token = token(signingKey, NOW.plus(Duration.ofMinutes(5)));
        Jwt first = decoder.decode(token);

        clock.now = NOW.plus(Duration.ofMinutes(5)).plusSeconds(60);

        assertThat(decoder.decode(token)).isSameAs(first);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        String token = token(signingKey, NOW.plus(Duration.ofMinutes(5)));
        decoder.decode(token);

        clock.now = NOW.plus(Duration.ofMinutes(5)).plusSeconds(61);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
            .hasMessageContaining("the token is expired");
        assertThat(decoder.rememberedTokens()).isZero();
    }

    @Test
    void anotherSigningKeyRefusesWhatTheFirstRemembered() {
        String token = token(signingKey, NOW.plus(Duration.ofMinutes(5)));
        decoder.decode(token);
        GraphJwtDecoder afterARestart = new GraphJwtDecoder(new SigningKey(TestProperties.defaults()),
                TestProperties.defaults(), clock);

        assertThatThrownBy(() -> afterARestart.decode(token)).isInstanceOf(BadJwtException.class)
            .hasMessageContaining("not signed by this emulator's key");
    }

    @Test
    void aTokenThatNeverVerifiedIsNeverRemembered() {
        var stranger = TestKeys.rsa("stranger");
        String forged = TestTokens.sign(stranger,
                TestTokens.graphClaims(TestTokens.TENANT_A, List.of(TestTokens.READ_WRITE))
                    .issueTime(Date.from(NOW))
                    .notBeforeTime(Date.from(NOW))
                    .expirationTime(Date.from(NOW.plusSeconds(300)))
                    .build());

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoder.rememberedTokens()).isZero();
    }

    @Test
    void aBearerHeaderIsAnsweredFromTheCacheOnlyForATokenThatVerifiedAndStillHolds() {
        String token = token(signingKey, NOW.plus(Duration.ofMinutes(5)));
        assertThat(decoder.rememberedToken("Bearer " + token)).as("not verified yet").isNull();

        decoder.decode(token);

        assertThat(decoder.rememberedToken("Bearer " + token)).isEqualTo(token);
        assertThat(decoder.rememberedToken("bEARER " + token)).as("the scheme in any case, as Spring reads it")
            .isEqualTo(token);
        assertThat(decoder.rememberedToken("Bearer  " + token)).isNull();
        assertThat(decoder.rememberedToken("Basic " + token)).isNull();
        assertThat(decoder.rememberedToken("Bearer " + token + "x")).isNull();
        assertThat(decoder.rememberedToken(null)).isNull();
        clock.now = NOW.plus(Duration.ofMinutes(7));
        assertThat(decoder.rememberedToken("Bearer " + token)).as("expired: Spring's resolver and the checks again")
            .isNull();
    }

    @Test
    void theCacheIsBoundedAndKeepsTheEntriesInUse() {
        VerifiedTokens tokens = new VerifiedTokens(2, clock);
        Jwt jwt = decoder.decode(token(signingKey, NOW.plus(Duration.ofMinutes(5))));
        tokens.add("a", jwt);
        tokens.add("b", jwt);
        for (int i = 0; i < 3; i++) {
            assertThat(tokens.find("a")).isSameAs(jwt);
        }
        for (int i = 0; i < 10; i++) {
            tokens.add("other" + i, jwt);
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(2);
    }

    private static String token(SigningKey key, Instant expiry) {
        return TestTokens.sign(key.privateKey(),
                TestTokens.graphClaims(TestTokens.TENANT_A, List.of(TestTokens.READ_WRITE))
                    .issueTime(Date.from(NOW))
                    .notBeforeTime(Date.from(NOW))
                    .expirationTime(Date.from(expiry))
                    .build());
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

    }

}
