package dev.b2cemulator.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.keyset.KeySetRepository;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.tenant.TenantIds;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.createKeySet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code EMULATOR_AUTH_MODE=off}: no token needed; the default tenant, unless a valid
 * token names another.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.auth-mode=off", "emulator.default-tenant=curl.onmicrosoft.com" })
class AuthModeOffIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    KeySetRepository repository;

    @Test
    void withoutATokenTheDefaultTenantIsUsed() {
        create(null).expectStatus().isCreated();

        assertThat(repository.find(TenantIds.resolve("curl.onmicrosoft.com").get(), "B2C_1A_no-token")).isPresent();
        // An invalid token is ignored, not refused: still the default tenant, hence the
        // duplicate.
        assertGraphError(create("not.a.token"), 400, "AADB2C95028");
    }

    @Test
    void aValidTokenStillSelectsItsTenant() {
        create(EmulatorTokens.fetch(client, "other.onmicrosoft.com")).expectStatus().isCreated();

        assertThat(repository.find(TenantIds.resolve("other.onmicrosoft.com").get(), "B2C_1A_no-token")).isPresent();
    }

    private RestTestClient.ResponseSpec create(String token) {
        return createKeySet(client, token, "{\"id\":\"no-token\"}");
    }

}
