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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;

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
        assertThat(
                JSON.readTree(graph.get("/beta/trustFramework/policies").body()).get("value").findValuesAsString("id"))
            .containsExactlyElementsOf(ids);
    }

    /**
     * As a deployment script does it: the placeholders replaced, the file's bytes (BOM
     * and all) as the body.
     */
    private static HttpResponse<String> upload(RawGraphClient graph, Path file, String domain) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("yourtenant.onmicrosoft.com", domain);
        String policyId = text.replaceAll("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
        return graph.send(graph.request("/beta/trustFramework/policies/" + policyId + "/$value")
            .header("Content-Type", "application/xml")
            .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

}
