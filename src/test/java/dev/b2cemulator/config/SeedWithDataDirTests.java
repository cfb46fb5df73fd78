package dev.b2cemulator.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.b2cemulator.B2cGraphEmulatorApplication;
import dev.b2cemulator.keyset.KeySet;
import dev.b2cemulator.keyset.KeySetRepository;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed file and a data dir together: the second start keeps what the first stored, and
 * does not fail.
 */
class SeedWithDataDirTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsStoredSetsAndSeedsOnlyMissingOnes() {
        String tenant = TenantIds.resolve("contoso.onmicrosoft.com").orElseThrow();
        String firstKid;
        try (ConfigurableApplicationContext first = start()) {
            KeySetRepository repository = first.getBean(KeySetRepository.class);
            firstKid = repository.find(tenant, "B2C_1A_TokenSigningKeyContainer").orElseThrow().keys().get(0).kid();
            repository.delete(tenant, "B2C_1A_FacebookSecret", deleted -> null);
            repository.create(tenant, new KeySet("B2C_1A_AddedAtRunTime", java.util.List.of()), 100);
        }

        try (ConfigurableApplicationContext second = start()) {
            KeySetRepository repository = second.getBean(KeySetRepository.class);
            assertThat(repository.find(tenant, "B2C_1A_TokenSigningKeyContainer").orElseThrow().keys().get(0).kid())
                .as("the stored key, not a freshly generated one")
                .isEqualTo(firstKid);
            assertThat(repository.find(tenant, "B2C_1A_AddedAtRunTime")).isPresent();
            assertThat(repository.find(tenant, "B2C_1A_FacebookSecret")).as("missing, so seeded again").isPresent();
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(B2cGraphEmulatorApplication.class, "--server.port=0", "--logging.level.root=WARN",
                "--emulator.seed-file=examples/seed.json", "--emulator.data-dir=" + dataDir);
    }

}
