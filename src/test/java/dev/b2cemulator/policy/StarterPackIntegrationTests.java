package dev.b2cemulator.policy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Microsoft's four starter packs, read from {@code ../shared/fixtures/b2c-starterpack}
 * (skipped where that folder is absent: the repository holds no copy), placeholders
 * replaced as a user replaces them, the keysets made through the API: each pack uploads
 * in B2C's order (all 201), again (all 200), and lists in that order; without its keys,
 * the base is refused naming the missing one.
 */
@EmulatorIntegrationTest
class StarterPackIntegrationTests {

    private static final Path PACKS = Path.of("..", "shared", "fixtures", "b2c-starterpack");

    private static final List<String> ORDER = List.of("TrustFrameworkBase.xml", "TrustFrameworkLocalization.xml",
            "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml", "ProfileEdit.xml", "PasswordReset.xml");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    static Stream<String> packs() {
        return Stream.of("LocalAccounts", "SocialAccounts", "SocialAndLocalAccounts", "SocialAndLocalAccountsWithMfa");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void eachPackUploadsInOrderAgainstItsKeySets(String pack) throws IOException {
        assumeTrue(Files.isDirectory(PACKS.resolve(pack)), "the starter packs are in ../shared/fixtures");
        String domain = pack.toLowerCase() + ".onmicrosoft.com";
        RawGraphClient graph = RawGraphClient.forTenant(port, domain);
        graph.post("/_emulator/reset?tenant=" + domain, null);
        List<Path> files = ORDER.stream().map(PACKS.resolve(pack)::resolve).filter(Files::exists).toList();

        HttpResponse<String> withoutKeys = upload(graph, files.get(0), domain);
        assertThat(withoutKeys.statusCode()).isEqualTo(400);
        assertThat(withoutKeys.body()).contains("does not have CryptographicKey referenced by storageReferenceId "
                + "\\\"B2C_1A_TokenSigningKeyContainer\\\"");

        List<String> keySets = new ArrayList<>(List.of("TokenSigningKeyContainer", "TokenEncryptionKeyContainer"));
        if (pack.startsWith("Social")) {
            keySets.add("FacebookSecret");
        }
        for (String keySet : keySets) {
            assertThat(graph.post("/beta/trustFramework/keySets", "{\"id\":\"" + keySet + "\"}").statusCode())
                .isEqualTo(201);
        }
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            HttpResponse<String> created = upload(graph, file, domain);
            assertThat(created.statusCode()).as(file + ": " + created.body()).isEqualTo(201);
            ids.add(created.headers().firstValue("Location").orElseThrow().split("/")[3]);
        }
        for (Path file : files) {
            assertThat(upload(graph, file, domain).statusCode()).as(file.toString()).isEqualTo(200);
        }
        for (int i = 0; i < files.size(); i++) {
            assertThat(graph.get("/beta/trustFramework/policies/" + ids.get(i) + "/$value").body())
                .as("%s round-trips byte for byte, minus the BOM", files.get(i))
                .isEqualTo(text(files.get(i), domain).replace("\uFEFF", ""));
        }
        assertThat(
                JSON.readTree(graph.get("/beta/trustFramework/policies").body()).get("value").findValuesAsString("id"))
            .containsExactlyElementsOf(ids);
    }

    /** The mistakes B2C engineers make, caught as B2C catches them. */
    @Test
    void outOfOrderMissingKeysAndALeftOverPlaceholderAreRefusedInB2cWords() throws IOException {
        Path social = PACKS.resolve("SocialAccounts");
        assumeTrue(Files.isDirectory(social), "the starter packs are in ../shared/fixtures");
        String domain = "mistakes.onmicrosoft.com";
        String tenantId = TenantIds.resolve(domain).orElseThrow();
        RawGraphClient graph = RawGraphClient.forTenant(port, domain);
        graph.post("/_emulator/reset?tenant=" + domain, null);
        for (String keySet : List.of("TokenSigningKeyContainer", "TokenEncryptionKeyContainer")) {
            graph.post("/beta/trustFramework/keySets", "{\"id\":\"" + keySet + "\"}");
        }

        assertThat(message(upload(graph, social.resolve("TrustFrameworkBase.xml"), domain))).isEqualTo(
                "Validation failed: 1 validation error(s) found in policy \"B2C_1A_TRUSTFRAMEWORKBASE\" of tenant \""
                        + domain + "\".Tenant \"" + domain + "\" does not have CryptographicKey referenced by "
                        + "storageReferenceId \"B2C_1A_FacebookSecret\".");
        graph.post("/beta/trustFramework/keySets", "{\"id\":\"FacebookSecret\"}");
        assertThat(upload(graph, social.resolve("TrustFrameworkBase.xml"), domain).statusCode()).isEqualTo(201);
        assertThat(message(upload(graph, social.resolve("TrustFrameworkExtensions.xml"), domain))).isEqualTo(
                "Validation failed: 1 validation error(s) found in policy \"B2C_1A_TRUSTFRAMEWORKEXTENSIONS\" of "
                        + "tenant \"" + domain
                        + "\".Policy with 'policyId': B2C_1A_TRUSTFRAMEWORKLOCALIZATION cannot be "
                        + "found in the directory '" + tenantId + "'.");
        HttpResponse<String> placeholder = graph
            .send(graph.request("/beta/trustFramework/policies/B2C_1A_TrustFrameworkLocalization/$value")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        Files.readString(social.resolve("TrustFrameworkLocalization.xml"), StandardCharsets.UTF_8))));
        assertThat(message(placeholder)).startsWith("Validation failed: 2 validation error(s) found in policy "
                + "\"B2C_1A_TRUSTFRAMEWORKLOCALIZATION\" of tenant \"" + domain + "\".TenantId in the policy xml "
                + "'yourtenant.onmicrosoft.com' is not same as the one in login tenant '" + domain + "'.");
    }

    private static String message(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("error").get("message").asString();
    }

    private static String text(Path file, String domain) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("yourtenant.onmicrosoft.com", domain);
    }

    /**
     * As a deployment script does it: the placeholders replaced, the file's bytes (BOM
     * and all) as the body.
     */
    private static HttpResponse<String> upload(RawGraphClient graph, Path file, String domain) throws IOException {
        String text = text(file, domain);
        String policyId = text.replaceAll("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
        return graph.send(graph.request("/beta/trustFramework/policies/" + policyId + "/$value")
            .header("Content-Type", "application/xml")
            .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

}
