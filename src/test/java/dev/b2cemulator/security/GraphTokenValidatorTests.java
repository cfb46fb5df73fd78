package dev.b2cemulator.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class GraphTokenValidatorTests {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final GraphTokenValidator validator = new GraphTokenValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aGraphTokenPasses() {
        assertThat(validator.validate(jwt(Map.of())).hasErrors()).isFalse();
    }

    @Test
    void expiryHas60SecondsOfSkew() {
        assertThat(validator.validate(jwt(Map.of("exp", NOW.minusSeconds(59)))).hasErrors()).isFalse();
        assertThat(errors(jwt(Map.of("exp", NOW.minusSeconds(61)))))
            .containsExactly("Lifetime validation failed, the token is expired.");
    }

    @Test
    void notBeforeInTheFutureFails() {
        assertThat(errors(jwt(Map.of("nbf", NOW.plusSeconds(120))))).singleElement()
            .asString()
            .contains("not yet valid");
    }

    @Test
    void audienceMustBeGraph() {
        assertThat(validator.validate(jwt(Map.of("aud", List.of("00000003-0000-0000-c000-000000000000")))).hasErrors())
            .isFalse();
        assertThat(errors(jwt(Map.of("aud", List.of("api://other"))))).singleElement()
            .asString()
            .contains("Invalid audience");
    }

    @Test
    void tidMustBeAGuid() {
        assertThat(errors(jwt(Map.of("tid", "contoso")))).singleElement().asString().contains("'tid'");
    }

    private List<String> errors(Jwt jwt) {
        return validator.validate(jwt).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    private static Jwt jwt(Map<String, Object> overrides) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("aud", List.of("https://graph.microsoft.com"));
        claims.put("tid", "11111111-1111-1111-1111-111111111111");
        claims.put("exp", NOW.plusSeconds(3600));
        claims.put("nbf", NOW.minusSeconds(10));
        claims.putAll(overrides);
        return new Jwt("token", null, (Instant) claims.get("exp"), Map.of("alg", "RS256"), claims);
    }

}
