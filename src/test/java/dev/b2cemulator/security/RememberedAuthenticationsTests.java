package dev.b2cemulator.security;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authentication of a remembered token is built once, and only ever handed out for
 * the very {@link Jwt} it was built from.
 */
class RememberedAuthenticationsTests {

    private final AtomicInteger built = new AtomicInteger();

    private final RememberedAuthentications authentications = new RememberedAuthentications(jwt -> {
        built.incrementAndGet();
        return graphConverter().convert(jwt);
    }, 2);

    @Test
    void theSameVerifiedTokenGetsTheSameAuthenticationBuiltOnce() {
        Jwt jwt = jwt("token-a", "TrustFrameworkKeySet.ReadWrite.All");

        AbstractAuthenticationToken first = authentications.convert(jwt);
        AbstractAuthenticationToken second = authentications.convert(jwt);

        assertThat(second).isSameAs(first);
        assertThat(built).hasValue(1);
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .contains("TrustFrameworkKeySet.ReadWrite.All");
        assertThat(first.getPrincipal()).isSameAs(jwt);
    }

    @Test
    void aTokenVerifiedAgainIsAnotherJwtAndGetsItsOwnAuthentication() {
        AbstractAuthenticationToken before = authentications.convert(jwt("token-a", "Policy.Read.All"));

        Jwt checkedAgain = jwt("token-a", "Policy.ReadWrite.TrustFramework");
        AbstractAuthenticationToken after = authentications.convert(checkedAgain);

        assertThat(after).isNotSameAs(before);
        assertThat(after.getPrincipal()).isSameAs(checkedAgain);
        assertThat(after.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .contains("Policy.ReadWrite.TrustFramework")
            .doesNotContain("Policy.Read.All");
    }

    @Test
    void itHoldsNoMoreThanItsCapacity() {
        for (int i = 0; i < 5; i++) {
            authentications.convert(jwt("token-" + i, "Policy.Read.All"));
            assertThat(authentications.size()).isLessThanOrEqualTo(2);
        }
        assertThat(built).hasValue(5);
    }

    private static JwtAuthenticationConverter graphConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new GraphAuthoritiesConverter());
        return converter;
    }

    private static Jwt jwt(String token, String role) {
        Instant now = Instant.now();
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("client")
            .claim("roles", List.of(role))
            .issuedAt(now)
            .expiresAt(now.plusSeconds(300))
            .build();
    }

}
