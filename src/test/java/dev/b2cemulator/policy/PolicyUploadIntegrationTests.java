package dev.b2cemulator.policy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorSigningKey;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.TestPolicies;
import dev.b2cemulator.support.TestTokens;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom policies over HTTP with tokens from the emulator: a base and a child uploaded
 * against the keysets they reference, read back as sent, listed, deleted; each upload
 * check answering in B2C's words; the addresses and methods of the policies API; and
 * permissions kept apart from the keysets'.
 */
@EmulatorIntegrationTest
class PolicyUploadIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DOMAIN = "policies.onmicrosoft.com";

    private static final String POLICIES = "/beta/trustFramework/policies";

    @LocalServerPort
    int port;

    private RawGraphClient graph;

    private String tenantId;

    @BeforeEach
    void tenantWithTheSigningKeys() {
        graph = RawGraphClient.forTenant(port, DOMAIN);
        tenantId = TenantIds.resolve(DOMAIN).orElseThrow();
        graph.post("/_emulator/reset?tenant=" + DOMAIN, null);
        for (String keySet : List.of("TokenSigningKeyContainer", "TokenEncryptionKeyContainer")) {
            graph.post("/beta/trustFramework/keySets", "{\"id\":\"" + keySet + "\"}");
        }
    }

    static String policy(String id, String base, String... keys) {
        return TestPolicies.policy(DOMAIN, id, base, keys);
    }

    @Test
    void aBaseAndAChildUploadAreReadBackListedAndDeleted() {
        String base = policy("B2C_1A_TrustFrameworkBase", null, "B2C_1A_TokenSigningKeyContainer",
                "b2c_1a_tokenencryptionkeycontainer");
        String child = policy("B2C_1A_signup_signin", "B2C_1A_TrustFrameworkBase");

        HttpResponse<String> created = put("B2C_1A_TrustFrameworkBase", base, "text/plain");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
            .hasValue("/trustFramework/policies/B2C_1A_TrustFrameworkBase/");
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).startsWith("application/xml").contains("charset=utf-8"));
        assertThat(created.body()).isEqualTo(base);
        assertThat(put("B2C_1A_TrustFrameworkBase", base, null).statusCode()).isEqualTo(200);
        assertThat(graph
            .send(graph.request(POLICIES + "/signup_signin/%24VALUE")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(withBom(child))))
            .statusCode()).isEqualTo(201);

        assertThat(graph.get(POLICIES + "('B2C_1A_signup_signin')/$value").body()).isEqualTo(child);
        JsonNode list = JSON.readTree(graph.get(POLICIES + "?$count=true").body());
        assertThat(list.get("@odata.count").asInt()).isEqualTo(2);
        assertThat(list.get("value").findValuesAsString("id")).containsExactly("B2C_1A_TrustFrameworkBase",
                "B2C_1A_signup_signin");
        assertThat(graph.get(POLICIES + "/$count").body()).isEqualTo("2");
        assertThat(JSON.readTree(graph.get(POLICIES + "/b2c_1a_signup_signin").body()).get("id").asString())
            .isEqualTo("B2C_1A_signup_signin");

        assertThat(graph.send("DELETE", POLICIES + "/B2C_1A_TrustFrameworkBase", null).statusCode()).isEqualTo(204);
        assertThat(graph.get(POLICIES + "/B2C_1A_signup_signin/$value").statusCode()).isEqualTo(200);
        assertError(put("B2C_1A_signup_signin", child, "application/xml"), 400, "AADB2C",
                "Validation failed: 1 validation error(s) found in policy \"B2C_1A_SIGNUP_SIGNIN\" of tenant \""
                        + DOMAIN
                        + "\".Policy with 'policyId': B2C_1A_TRUSTFRAMEWORKBASE cannot be found in the directory '"
                        + tenantId + "'.");
        assertError(graph.get(POLICIES + "/TrustFrameworkBase/$value"), 400, "AADB2C90073",
                "Policy with 'policyId': 'TrustFrameworkBase' cannot be found in the directory '" + tenantId
                        + "'. Policy ids are stored with the prefix 'B2C_1A_': did you mean 'B2C_1A_TrustFrameworkBase'?");
    }

    @Test
    void eachCheckAnswersInB2cWords() {
        String wrapper = "Validation failed: 1 validation error(s) found in policy \"B2C_1A_X\" of tenant \"" + DOMAIN
                + "\".";
        assertError(put("B2C_1A_X", "{\"id\":\"B2C_1A_X\"}", "application/json"), 400, "AADB2C",
                "The policy being uploaded is not XML or is not correctly formatted: Data at the root level is invalid. "
                        + "Line 1, position 1.");
        assertError(put("B2C_1A_X", policy("B2C_1A_X", null, "B2C_1A_FacebookSecret"), null), 400, "AADB2C",
                wrapper + "Tenant \"" + DOMAIN + "\" does not have CryptographicKey referenced by storageReferenceId "
                        + "\"B2C_1A_FacebookSecret\".");
        assertError(
                put("B2C_1A_X",
                        policy("B2C_1A_X", null)
                            .replace("TenantId=\"" + DOMAIN, "TenantId=\"yourtenant.onmicrosoft.com"),
                        null),
                400, "AADB2C",
                "Validation failed: 1 validation error(s) found in policy \"B2C_1A_X\" of tenant \"" + DOMAIN
                        + "\".TenantId in the policy xml 'yourtenant.onmicrosoft.com' is not same as the one "
                        + "in login tenant '" + DOMAIN + "'.");
        assertError(put("B2C_1A_Y", policy("B2C_1A_X", null), null), 400, "AADB2C",
                "The policy id 'B2C_1A_Y' in the request URI does not match the PolicyId 'B2C_1A_X' in the policy XML.");
        assertError(put("B2C_1A_X", policy("B2C_1A_X", "B2C_1A_X"), null), 400, "AADB2C",
                wrapper + "The inheritance chain of policy 'B2C_1A_X' contains a cycle: B2C_1A_X -> B2C_1A_X.");
        assertError(put("B2C_1A_X", policy("B2C_1A_X", null).replace("<ClaimsProviders>", "<Bogus/><ClaimsProviders>"),
                null), 400, "AADB2C", wrapper + "Schema validation error found at line 3 col ");
        assertThat(graph.get(POLICIES).body()).contains("\"value\":[]");
    }

    @Test
    void addressesAndMethodsAsGraphTakesThem() {
        assertThat(graph.post(POLICIES, policy("B2C_1A_Posted", null)).statusCode()).isEqualTo(201);
        assertError(
                graph.send(graph.request(POLICIES)
                    .POST(HttpRequest.BodyPublishers.ofString(policy("B2C_1A_Posted", null)))),
                400, "AADB2C", "A policy with id 'B2C_1A_Posted' already exists.");
        assertError(graph.send("PUT", POLICIES + "/B2C_1A_Posted", policy("B2C_1A_Posted", null)), 400, "AADB2C99009",
                "Put operation not supported for this entity on this uri. Please append '$value' to the request uri "
                        + "and send the request again.");
        assertError(graph.send("PATCH", POLICIES + "/B2C_1A_Posted", "{}"), 405, "MethodNotAllowed", "This method");
        assertError(graph.send("DELETE", POLICIES + "/B2C_1A_Posted/$value", null), 405, "MethodNotAllowed",
                "This method");
        assertThat(graph.get("/BETA/trustframework/POLICIES/b2c_1a_posted/$Value/").statusCode()).isEqualTo(200);
        // curl --data-binary says x-www-form-urlencoded; a policy holds '%' that is no
        // percent-encoding.
        String withPercent = policy("B2C_1A_Percent", null).replace("<ClaimsProviders>",
                "<!-- 100% & more --><ClaimsProviders>");
        assertThat(put("B2C_1A_Percent", withPercent, "application/x-www-form-urlencoded").statusCode()).isEqualTo(201);
        assertThat(graph
            .send(graph.request("/beta/trustFramework/keySets/B2C_1A_none")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("a=100%")))
            .statusCode()).as("a keyset body that is a form is refused, not a 500").isEqualTo(415);
    }

    @Test
    void keysetPermissionsGrantNothingOnPoliciesAndTheOtherWayRound() {
        RawGraphClient keySetsOnly = RawGraphClient.withToken(port, token(TestTokens.READ_WRITE));
        RawGraphClient policiesOnly = RawGraphClient.withToken(port, token("Policy.ReadWrite.TrustFramework"));
        RawGraphClient policyReader = RawGraphClient.withToken(port, token("Policy.Read.All"));

        assertThat(keySetsOnly.get(POLICIES).statusCode()).isEqualTo(403);
        assertThat(policiesOnly.get("/beta/trustFramework/keySets").statusCode()).isEqualTo(403);
        assertThat(policiesOnly.get(POLICIES).statusCode()).isEqualTo(200);
        assertThat(policyReader.get(POLICIES).statusCode()).isEqualTo(200);
        assertThat(policyReader.send("DELETE", POLICIES + "/B2C_1A_x", null).statusCode()).isEqualTo(403);
    }

    @Test
    void aDocumentOverTheLimitIs400AndABodyOverTheBodyLimitIs413() {
        String padding = "<!--" + "x".repeat(1024 * 1024) + "-->";
        String large = policy("B2C_1A_Large", null).replace("<ClaimsProviders>", padding + "<ClaimsProviders>");
        assertError(put("B2C_1A_Large", large, null), 400, "AADB2C",
                "The uploaded policy file is larger than the limit of 1024 KB.");
        String huge = "x".repeat(4 * 1024 * 1024 + 1);
        assertThat(put("B2C_1A_Huge", huge, null).statusCode()).isEqualTo(413);
    }

    private String token(String role) {
        return TestTokens.sign(EmulatorSigningKey.KEY,
                TestTokens.graphClaims(TestTokens.TENANT_A, List.of(role)).build());
    }

    private HttpResponse<String> put(String id, String document, String contentType) {
        HttpRequest.Builder request = graph.request(POLICIES + "/" + id + "/$value")
            .PUT(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return graph.send(request);
    }

    private static byte[] withBom(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        return withBom;
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String messageStart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).startsWith(messageStart);
    }

}
