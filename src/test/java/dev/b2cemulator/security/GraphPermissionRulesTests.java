package dev.b2cemulator.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which permission each Graph call needs: reading (GET, HEAD) and writing each part, any
 * case of the path, and nothing but a valid token elsewhere under {@code /beta}.
 */
class GraphPermissionRulesTests {

    private final GraphPermissionRules rules = new GraphPermissionRules();

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "GET|/beta/trustFramework/keySets|TrustFrameworkKeySet.Read.All|true",
                    "HEAD|/beta/trustFramework/keySets/B2C_1A_x|TrustFrameworkKeySet.Read.All|true",
                    "GET|/BETA/TRUSTFRAMEWORK/KEYSETS/B2C_1A_x|TrustFrameworkKeySet.ReadWrite.All|true",
                    "POST|/beta/trustFramework/keySets|TrustFrameworkKeySet.Read.All|false",
                    "POST|/beta/trustFramework/keySets/B2C_1A_x/generateKey|TrustFrameworkKeySet.ReadWrite.All|true",
                    "DELETE|/beta/trustframework/keysets/B2C_1A_x|TrustFrameworkKeySet.Read.All|false",
                    "GET|/beta/trustFramework/keySets|Policy.ReadWrite.TrustFramework|false",
                    "GET|/beta/trustFramework/policies|Policy.Read.All|true",
                    "GET|/beta/trustFramework/policies/B2C_1A_x/$value|Policy.ReadWrite.TrustFramework|true",
                    "PUT|/beta/trustFramework/policies/B2C_1A_x/$value|Policy.Read.All|false",
                    "PUT|/beta/trustFramework/policies/B2C_1A_x/$value|Policy.ReadWrite.TrustFramework|true",
                    "PUT|/beta/trustFramework/policies/B2C_1A_x/$value|TrustFrameworkKeySet.ReadWrite.All|false",
                    "GET|/beta/trustFramework/keySetsArchive|Policy.Read.All|true", "GET|/beta/me|Policy.Read.All|true",
                    "DELETE|/beta/trustFramework|TrustFrameworkKeySet.Read.All|true" })
    void eachCallNeedsItsPartsPermission(String method, String path, String permission, boolean granted) {
        assertThat(decide(method, path, token(permission))).isEqualTo(granted);
    }

    @ParameterizedTest
    @CsvSource({ "GET, /beta/trustFramework/keySets", "GET, /beta/me" })
    void withoutATokenNothingIsGranted(String method, String path) {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(decide(method, path, anonymous)).isFalse();
    }

    private boolean decide(String method, String path, Authentication authentication) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return rules.authorize(() -> authentication, new RequestAuthorizationContext(request)).isGranted();
    }

    private static Authentication token(String permission) {
        return new TestingAuthenticationToken("client", "token", AuthorityUtils.createAuthorityList(permission));
    }

}
