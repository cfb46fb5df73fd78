package dev.b2cemulator.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantIdsTests {

    @Test
    void guidsAreLowerCased() {
        assertThat(TenantIds.resolve("AAAAAAAA-1111-2222-3333-BBBBBBBBBBBB"))
            .contains("aaaaaaaa-1111-2222-3333-bbbbbbbbbbbb");
    }

    @Test
    void domainsMapToAStableNameBasedGuid() {
        String contoso = TenantIds.resolve("contoso.onmicrosoft.com").orElseThrow();

        assertThat(contoso).matches("[0-9a-f-]{36}").isEqualTo(TenantIds.resolve("Contoso.OnMicrosoft.com").get());
        assertThat(contoso).isNotEqualTo(TenantIds.resolve("fabrikam.onmicrosoft.com").get());
        // Pinned: the same domain must give the same tenant on every run and every
        // machine.
        assertThat(contoso).isEqualTo(java.util.UUID
            .nameUUIDFromBytes(
                    "b2c-graph-emulator:contoso.onmicrosoft.com".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString());
    }

    @Test
    void anythingElseIsNotATenant() {
        assertThat(TenantIds.resolve("not a tenant")).isEmpty();
        assertThat(TenantIds.resolve("localhost")).isEmpty();
        assertThat(TenantIds.resolve(null)).isEmpty();
    }

}
