package dev.b2cemulator.policy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code EMULATOR_POLICY_CHECKS}: with {@code none}, only well-formed XML, the ids and
 * the sizes are checked.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = "emulator.policy-checks=none")
class PolicyChecksSwitchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void withNoChecksAPolicyWithoutItsBaseOrKeysIsStoredButBrokenXmlIsNot() {
        RawGraphClient graph = RawGraphClient.forTenant(port, "unchecked.onmicrosoft.com");
        String orphan = PolicyUploadIntegrationTests.policy("B2C_1A_Orphan", "B2C_1A_Missing", "B2C_1A_NoSuchKey")
            .replace("policies.onmicrosoft.com", "somewhere-else.onmicrosoft.com");

        assertThat(put(graph, "B2C_1A_Orphan", orphan).statusCode()).isEqualTo(201);
        assertThat(put(graph, "B2C_1A_Broken", "<TrustFrameworkPolicy>").statusCode()).isEqualTo(400);
        assertThat(put(graph, "B2C_1A_Other", orphan).statusCode()).as("the URL id must still be the PolicyId")
            .isEqualTo(400);
    }

    private static HttpResponse<String> put(RawGraphClient graph, String id, String document) {
        return graph.send(graph.request("/beta/trustFramework/policies/" + id + "/$value")
            .PUT(HttpRequest.BodyPublishers.ofString(document)));
    }

}
