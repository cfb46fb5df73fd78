package dev.b2cemulator.seed;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.B2cGraphEmulatorApplication;
import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Policies in the seed file: uploaded after the tenant's keysets, in the listed order,
 * through every upload check, before the emulator is ready; kept across a restart with a
 * data dir; replayed by reset; and a policy that fails a check stops the start naming the
 * file and the check.
 */
class SeedPoliciesTests {

    private static final String TENANT = "seeded.onmicrosoft.com";

    @TempDir
    Path dir;

    @Test
    void seededPoliciesAreThereWhenReadyStayAcrossARestartAndComeBackAfterReset() throws Exception {
        Path seed = seedFile("B2C_1A_TokenSigningKeyContainer");
        String firstIds;
        try (ConfigurableApplicationContext first = start(seed, "--emulator.data-dir=" + dir.resolve("data"))) {
            RawGraphClient graph = client(first);
            firstIds = ids(graph);
            assertThat(firstIds).isEqualTo("[\"B2C_1A_SeedBase\", \"B2C_1A_SeedChild\"]");
            assertThat(graph.send("DELETE", "/beta/trustFramework/policies/B2C_1A_SeedChild", null).statusCode())
                .isEqualTo(204);
            assertThat(graph.post("/_emulator/reset?tenant=seeded.onmicrosoft.com", null).statusCode()).isEqualTo(204);
            assertThat(ids(graph)).isEqualTo(firstIds);
        }
        try (ConfigurableApplicationContext second = start(seed, "--emulator.data-dir=" + dir.resolve("data"))) {
            assertThat(ids(client(second))).as("kept, not seeded twice").isEqualTo(firstIds);
        }
    }

    @Test
    void aPolicyThatFailsACheckStopsTheStartNamingTheFileAndTheCheck() throws Exception {
        Path seed = seedFile("B2C_1A_FacebookSecret");

        Throwable failure = catchThrowable(() -> start(seed).close());

        assertThat(root(failure)).isInstanceOf(StartupException.class);
        assertThat(root(failure).getMessage())
            .contains("emulator.seed-file: tenant 'seeded.onmicrosoft.com', policy file ")
            .contains("base.xml: AADB2C Validation failed: 1 validation error(s)")
            .contains("does not have CryptographicKey referenced by storageReferenceId \"B2C_1A_FacebookSecret\"");
    }

    private Path seedFile(String baseKey) throws Exception {
        Files.createDirectories(dir.resolve("policies"));
        Files.writeString(dir.resolve("policies/base.xml"), policy("B2C_1A_SeedBase", null, baseKey));
        Files.writeString(dir.resolve("policies/child.xml"), policy("B2C_1A_SeedChild", "B2C_1A_SeedBase", null));
        return Files.writeString(dir.resolve("seed.json"), """
                {"tenants":{"seeded.onmicrosoft.com":{
                  "keySets":[{"id":"TokenSigningKeyContainer","generate":[{"kty":"RSA","use":"sig"}]}],
                  "policies":["policies/base.xml","policies/child.xml"]}}}""");
    }

    private static String policy(String id, String base, String key) {
        return key == null ? TestPolicies.policy(TENANT, id, base) : TestPolicies.policy(TENANT, id, base, key);
    }

    private static String ids(RawGraphClient graph) {
        return JsonMapper.builder()
            .build()
            .readTree(graph.get("/beta/trustFramework/policies").body())
            .get("value")
            .findValues("id")
            .toString();
    }

    private static RawGraphClient client(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return RawGraphClient.forTenant(port, "seeded.onmicrosoft.com");
    }

    private static ConfigurableApplicationContext start(Path seed, String... more) {
        String[] arguments = new String[3 + more.length];
        arguments[0] = "--server.port=0";
        arguments[1] = "--logging.level.root=WARN";
        arguments[2] = "--emulator.seed-file=" + seed;
        System.arraycopy(more, 0, arguments, 3, more.length);
        return SpringApplication.run(B2cGraphEmulatorApplication.class, arguments);
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

}
