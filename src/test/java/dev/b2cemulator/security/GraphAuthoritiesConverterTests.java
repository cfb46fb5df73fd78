package dev.b2cemulator.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class GraphAuthoritiesConverterTests {

    private final GraphAuthoritiesConverter converter = new GraphAuthoritiesConverter();

    @Test
    void applicationRolesBecomeAuthoritiesWithoutPrefix() {
        assertThat(names(jwt(Map.of("roles", List.of("TrustFrameworkKeySet.ReadWrite.All", "Policy.Read.All")))))
            .containsExactly("TrustFrameworkKeySet.ReadWrite.All", "Policy.Read.All");
    }

    @Test
    void delegatedScopesAreSplitOnWhitespace() {
        assertThat(names(jwt(Map.of("scp", "  User.Read   TrustFrameworkKeySet.Read.All "))))
            .containsExactly("User.Read", "TrustFrameworkKeySet.Read.All");
    }

    @Test
    void bothClaimsTogetherAndNeither() {
        assertThat(names(jwt(Map.of("roles", List.of("A"), "scp", "B")))).containsExactlyInAnyOrder("A", "B");
        assertThat(names(jwt(Map.of("scope", "TrustFrameworkKeySet.ReadWrite.All")))).isEmpty();
    }

    private List<String> names(Jwt jwt) {
        return converter.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }

}
