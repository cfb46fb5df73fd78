package dev.b2cemulator.durability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.b2cemulator.B2cGraphEmulatorApplication;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.keyset.KeySetRepository;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory written by release 0.1.0 through its HTTP API (keysets created, keys
 * generated and uploaded, a key disabled, keys replaced, sets deleted, a tenant reset, a
 * global reset, policies uploaded, replaced and deleted), committed under
 * {@code src/test/resources/durability/data-dir-0.1.0} before it was compacted, loads
 * into today's build with every value as it was.
 */
class DataDirCompatibilityTests {

    private static final String RELEASE = "durability/data-dir-0.1.0/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void theLogsOfRelease010LoadWithEveryValueAsItWas() throws Exception {
        copy("keysets.log");
        copy("policies.log");
        try (ConfigurableApplicationContext context = SpringApplication.run(B2cGraphEmulatorApplication.class,
                "--server.port=0", "--logging.level.root=WARN", "--emulator.data-dir=" + dataDir)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            String contoso = token(base, "contoso.onmicrosoft.com");

            JsonNode sets = get(base, "/beta/trustFramework/keySets", contoso).get("value");
            assertThat(sets.findValuesAsString("id")).as("in creation order; B2C_1A_Early went with the global reset")
                .containsExactly("B2C_1A_TokenSigningKeyContainer", "B2C_1A_TokenEncryptionKeyContainer",
                        "B2C_1A_FacebookSecret", "B2C_1A_Rotated", "B2C_1A_Retired.bak");
            assertThat(sets.get(0).get("keys").get(0).get("kid").asString())
                .isEqualTo("g2pwvE5LSsjjhquuBUkiiwWlMcGbdtH_DWo_MJWy8UQ");
            assertThat(sets.get(0).get("keys").get(0).get("exp").asLong()).isEqualTo(4100000000L);
            assertThat(sets.get(2).get("keys").findValuesAsString("status")).containsExactly("enabled", "disabled");
            assertThat(sets.get(3).get("keys").get(0).get("kid").asString())
                .as("the keys of the update, not of the create")
                .isEqualTo("zWik-eji9uliMpH3TyozsDwkgFe2FFo-9mb3z1JglKQ");
            assertThat(get(base, "/beta/trustFramework/keySets", token(base, "fabrikam.onmicrosoft.com")).get("value")
                .findValuesAsString("id")).as("what the tenant reset left").containsExactly("B2C_1A_AfterReset");
            assertThat(get(base, "/beta/trustFramework/policies", contoso).get("value").findValuesAsString("id"))
                .containsExactly("B2C_1A_Base");

            String tenant = TenantIds.resolve("contoso.onmicrosoft.com").orElseThrow();
            KeySetRepository keySets = context.getBean(KeySetRepository.class);
            TrustFrameworkKey signing = keySets.find(tenant, "B2C_1A_TokenSigningKeyContainer")
                .orElseThrow()
                .keys()
                .get(0);
            for (String member : List.of("d", "p", "q", "dp", "dq", "qi")) {
                assertThat(signing.secret().get(member)).as("private member %s", member).isNotBlank();
            }
            assertThat(keySets.find(tenant, "B2C_1A_FacebookSecret").orElseThrow().keys().get(0).secret().get("k"))
                .isEqualTo("ZmFjZWJvb2stc2VjcmV0LXZhbHVl");
        }
    }

    private void copy(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RELEASE + file)) {
            Files.copy(in, dataDir.resolve(file));
        }
    }

    private static String token(String base, String tenant) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + tenant + "/oauth2/v2.0/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=app&client_secret=s"
                    + "&scope=https://graph.microsoft.com/.default"))
            .build();
        return JSON.readTree(send(request)).get("access_token").asString();
    }

    private static JsonNode get(String base, String path, String token) throws Exception {
        return JSON.readTree(send(
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build()));
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

}
