package dev.b2cemulator.support;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/** Gets tokens the way users do: from the emulator's own v2 token endpoint. */
public final class EmulatorTokens {

    private EmulatorTokens() {
    }

    public static String fetch(RestTestClient client, String tenant) {
        return fetch(client, tenant, "my-app", "any-secret");
    }

    public static String fetch(RestTestClient client, String tenant, String clientId, String secret) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        form.add("scope", "https://graph.microsoft.com/.default");
        Map<String, Object> body = client.post()
            .uri("/{tenant}/oauth2/v2.0/token", tenant)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
            })
            .returnResult()
            .getResponseBody();
        return (String) body.get("access_token");
    }

}
