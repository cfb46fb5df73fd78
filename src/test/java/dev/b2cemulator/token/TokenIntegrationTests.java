package dev.b2cemulator.token;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator as its own Entra ID (docs/API.md, tokens): token endpoints, discovery,
 * JWKS, Entra-shaped errors.
 */
@EmulatorIntegrationTest
class TokenIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void v2TokenIsAnRs256JwtThatVerifiesAgainstTheJwksFromDiscovery() throws Exception {
        String tenantId = TenantIds.resolve("contoso.onmicrosoft.com").orElseThrow();
        Map<String, Object> response = client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/v2.0/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form("client_credentials", "my-app", "s3cret", "https://graph.microsoft.com/.default"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .cacheControl(org.springframework.http.CacheControl.noStore())
            .expectBody(MAP)
            .returnResult()
            .getResponseBody();

        assertThat(response).containsEntry("token_type", "Bearer")
            .containsEntry("expires_in", 3599)
            .containsEntry("ext_expires_in", 3599);
        Map<String, Object> discovery = getJson("/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration");
        String base = "http://localhost:" + port + "/" + tenantId;
        assertThat(discovery).containsEntry("issuer", base + "/v2.0")
            .containsEntry("token_endpoint", base + "/oauth2/v2.0/token")
            .containsEntry("jwks_uri", base + "/discovery/v2.0/keys");

        JWKSet jwks = JWKSet.parse(getJson(URI.create((String) discovery.get("jwks_uri")).getPath()));
        assertThat(jwks.getKeys()).allSatisfy(jwk -> assertThat(jwk.isPrivate()).isFalse());
        SignedJWT jwt = SignedJWT.parse((String) response.get("access_token"));
        RSAKey published = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(base + "/v2.0");
        assertThat(claims.getAudience()).containsExactly("https://graph.microsoft.com");
        assertThat(claims.getStringClaim("tid")).isEqualTo(tenantId);
        assertThat(claims.getStringClaim("appid")).isEqualTo("my-app");
        assertThat(claims.getStringClaim("azp")).isEqualTo("my-app");
        assertThat(claims.getStringListClaim("roles")).containsExactly("TrustFrameworkKeySet.ReadWrite.All",
                "Policy.ReadWrite.TrustFramework");
        assertThat(claims.getStringClaim("ver")).isEqualTo("2.0");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3599_000L);
        assertThat(claims.getNotBeforeTime()).isNotNull();
    }

    @Test
    void clientSecretBasicAndTheGraphAppIdScopeWork() {
        String basic = Base64.getEncoder().encodeToString("my-app:s3cr%3Aet".getBytes(StandardCharsets.UTF_8));
        MultiValueMap<String, String> body = form("client_credentials", null, null,
                "00000003-0000-0000-c000-000000000000/.default");
        client.post()
            .uri("/11111111-1111-1111-1111-111111111111/oauth2/v2.0/token")
            .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(body)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.access_token")
            .isNotEmpty();
    }

    @Test
    void v1TokenEndpointTakesAResourceAndAnswersNumbersAsStrings() throws Exception {
        MultiValueMap<String, String> body = form("client_credentials", "old-script", "pw", null);
        body.add("resource", "https://graph.microsoft.com/");
        Map<String, Object> response = client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(body)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(MAP)
            .returnResult()
            .getResponseBody();

        assertThat(response).containsEntry("expires_in", "3599")
            .containsEntry("resource", "https://graph.microsoft.com/");
        assertThat(SignedJWT.parse((String) response.get("access_token")).getJWTClaimsSet().getStringClaim("ver"))
            .isEqualTo("1.0");
    }

    @Test
    void refusedRequestsAnswerInEntraShape() {
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form(null, "a", "b", "https://graph.microsoft.com/.default"), 400, "invalid_request", 900144,
                "'grant_type'");
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form("password", "a", "b", "https://graph.microsoft.com/.default"), 400, "unsupported_grant_type",
                70003, "password");
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token", form("client_credentials", "a", "b", null), 400,
                "invalid_request", 900144, "'scope'");
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form("client_credentials", "a", "b", "https://graph.microsoft.com/User.Read"), 400, "invalid_scope",
                1002012, "/.default");
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form("client_credentials", "a", "b", "api://other/.default"), 400, "invalid_resource", 500011,
                "api://other");
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form("client_credentials", null, "b", "https://graph.microsoft.com/.default"), 400, "invalid_request",
                900144, "'client_id'");
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form("client_credentials", "a", null, "https://graph.microsoft.com/.default"), 401, "invalid_client",
                7000218, "client_secret");
        assertEntraError("/common/oauth2/v2.0/token",
                form("client_credentials", "a", "b", "https://graph.microsoft.com/.default"), 400, "invalid_request",
                50059, "common");
        assertEntraError("/not_a_tenant/oauth2/v2.0/token",
                form("client_credentials", "a", "b", "https://graph.microsoft.com/.default"), 400, "invalid_request",
                90002, "not_a_tenant");
    }

    @Test
    void msalsOidcScopesBesideTheDefaultScopeAreIgnoredAsOnEntra() {
        client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/v2.0/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form("client_credentials", "a", "b",
                    "https://graph.microsoft.com/.default openid profile offline_access"))
            .exchange()
            .expectStatus()
            .isOk();
        assertEntraError("/contoso.onmicrosoft.com/oauth2/v2.0/token",
                form("client_credentials", "a", "b", "https://graph.microsoft.com/.default api://other/.default"), 400,
                "invalid_scope", 1002012, "not valid");
    }

    @Test
    void aJsonBodyIsRefusedAsEntraRefusesIt() {
        client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/v2.0/token")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"grant_type\":\"client_credentials\"}")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.error")
            .isEqualTo("invalid_request");
    }

    private void assertEntraError(String uri, MultiValueMap<String, String> body, int status, String error, int code,
            String descriptionPart) {
        client.post()
            .uri(uri)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(body)
            .exchange()
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .expectBody()
            .jsonPath("$.error")
            .isEqualTo(error)
            .jsonPath("$.error_codes[0]")
            .isEqualTo(code)
            .jsonPath("$.error_description")
            .value(String.class,
                    description -> assertThat(description).startsWith("AADSTS" + code + ": ").contains(descriptionPart))
            .jsonPath("$.timestamp")
            .isNotEmpty()
            .jsonPath("$.trace_id")
            .isNotEmpty()
            .jsonPath("$.correlation_id")
            .isNotEmpty();
    }

    private Map<String, Object> getJson(String path) {
        return client.get().uri(path).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    static MultiValueMap<String, String> form(String grantType, String clientId, String secret, String scope) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (grantType != null) {
            form.add("grant_type", grantType);
        }
        if (clientId != null) {
            form.add("client_id", clientId);
        }
        if (secret != null) {
            form.add("client_secret", secret);
        }
        if (scope != null) {
            form.add("scope", scope);
        }
        return form;
    }

}
