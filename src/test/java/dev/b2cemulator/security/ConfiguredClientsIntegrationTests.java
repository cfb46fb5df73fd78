package dev.b2cemulator.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.createKeySet;

/**
 * With clients configured, only they get tokens, and with their roles (docs/API.md,
 * tokens).
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.clients[0].id=deployer", "emulator.clients[0].secret=deploy-secret",
        "emulator.clients[1].id=auditor", "emulator.clients[1].secret=audit-secret",
        "emulator.clients[1].roles=TrustFrameworkKeySet.Read.All", "emulator.error-status=rest" })
class ConfiguredClientsIntegrationTests {

    @Autowired
    RestTestClient client;

    @Test
    void aConfiguredClientGetsItsRoles() {
        String deployer = EmulatorTokens.fetch(client, "contoso.onmicrosoft.com", "deployer", "deploy-secret");
        String auditor = EmulatorTokens.fetch(client, "contoso.onmicrosoft.com", "auditor", "audit-secret");

        create(deployer).expectStatus().isCreated();
        assertGraphError(create(auditor), 403, "Authorization_RequestDenied");
    }

    @Test
    void aWrongSecretIs401AndAnUnknownClient400() {
        token("deployer", "guess").expectStatus()
            .isUnauthorized()
            .expectBody()
            .jsonPath("$.error")
            .isEqualTo("invalid_client")
            .jsonPath("$.error_codes[0]")
            .isEqualTo(7000215);
        token("stranger", "x").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.error")
            .isEqualTo("unauthorized_client")
            .jsonPath("$.error_codes[0]")
            .isEqualTo(700016);
    }

    @Test
    void restErrorStatusTurnsDuplicateInto409AndNotFoundInto404WithTheSameCodes() {
        String deployer = EmulatorTokens.fetch(client, "fabrikam.onmicrosoft.com", "deployer", "deploy-secret");
        create(deployer).expectStatus().isCreated();

        assertGraphError(create(deployer), 409, "AADB2C95028");
        assertGraphError(new GraphCalls(client, deployer).get("/beta/trustFramework/keySets/B2C_1A_absent"), 404,
                "AADB2C90073");
    }

    private RestTestClient.ResponseSpec token(String clientId, String secret) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        form.add("scope", "https://graph.microsoft.com/.default");
        return client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/v2.0/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .exchange();
    }

    private RestTestClient.ResponseSpec create(String token) {
        return createKeySet(client, token, "{\"id\":\"configured\"}");
    }

}
