package dev.b2cemulator.limits;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorSigningKey;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.TestTokens;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bound is configurable and answered with a clear 4xx; the admin token guards
 * /_emulator.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.max-key-sets-per-tenant=3", "emulator.max-keys-per-set=2",
        "emulator.max-body-size=2KB", "emulator.max-token-size=4KB", "emulator.admin-token=let-me-in" })
class LimitsIntegrationTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    @Test
    void keySetsPerTenant() {
        GraphCalls graph = new GraphCalls(client, EmulatorTokens.fetch(client, "limits.onmicrosoft.com"));
        for (String name : List.of("a", "b", "c")) {
            graph.createEmpty(name);
        }

        assertGraphError(graph.post("/beta/trustFramework/keySets", "{\"id\":\"d\"}"), 400, "AADB2C")
            .jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains("at most 3 key sets"));
        new GraphCalls(client, EmulatorTokens.fetch(client, "other-limits.onmicrosoft.com")).createEmpty("d");
    }

    /**
     * No Content-Length to refuse early: the limit is met while the body is read, with
     * the same 413.
     */
    @Test
    void aChunkedBodyOverTheLimitIsThe413OfAnAnnouncedOne() {
        RawGraphClient graph = RawGraphClient.forTenant(port, "chunked.onmicrosoft.com");
        byte[] body = ("{\"id\":\"chunked\",\"x\":\"" + "a".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/beta/trustFramework/keySets", "/chunked.onmicrosoft.com/oauth2/v2.0/token")) {
            HttpResponse<String> response = graph.send(graph.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.body()).as(path).contains("\"RequestEntityTooLarge\"").contains("2048 bytes");
        }
        assertThat(graph.get("/beta/trustFramework/keySets/B2C_1A_chunked").statusCode()).isEqualTo(400);
    }

    @Test
    void keysPerSetBodySizeAndTokenSize() {
        GraphCalls graph = new GraphCalls(client, EmulatorTokens.fetch(client, "sizes.onmicrosoft.com"));
        graph.createEmpty("two");
        graph.post("/beta/trustFramework/keySets/B2C_1A_two/uploadSecret", "{\"use\":\"sig\",\"k\":\"1\"}")
            .expectStatus()
            .isOk();
        graph.post("/beta/trustFramework/keySets/B2C_1A_two/uploadSecret", "{\"use\":\"sig\",\"k\":\"2\"}")
            .expectStatus()
            .isOk();

        assertGraphError(
                graph.post("/beta/trustFramework/keySets/B2C_1A_two/uploadSecret", "{\"use\":\"sig\",\"k\":\"3\"}"),
                400, "AADB2C")
            .jsonPath("$.error.message")
            .isEqualTo("A key set can hold at most 2 keys.");
        assertGraphError(
                graph.post("/beta/trustFramework/keySets", "{\"id\":\"big\",\"x\":\"" + "a".repeat(3000) + "\"}"), 413,
                "RequestEntityTooLarge");
        String bigToken = TestTokens.sign(EmulatorSigningKey.KEY,
                TestTokens.graphClaims(TestTokens.TENANT_A, List.of(TestTokens.READ_WRITE))
                    .claim("padding", "x".repeat(5000))
                    .build());
        assertGraphError(new GraphCalls(client, bigToken).get("/beta/trustFramework/keySets"), 401,
                "InvalidAuthenticationToken")
            .jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains("larger than 4096 bytes"));
    }

    @Test
    void theAdminTokenGuardsEverythingButHealth() {
        client.get().uri("/_emulator/health").exchange().expectStatus().isOk();
        assertGraphError(client.get().uri("/_emulator/requests").exchange(), 401, "InvalidAuthenticationToken");
        assertGraphError(
                client.post().uri("/_emulator/reset").header(HttpHeaders.AUTHORIZATION, "Bearer wrong").exchange(), 401,
                "InvalidAuthenticationToken");
        client.get()
            .uri("/_emulator/requests")
            .header(HttpHeaders.AUTHORIZATION, "Bearer let-me-in")
            .exchange()
            .expectStatus()
            .isOk();
        client.get()
            .uri("/_emulator/faults")
            .header(HttpHeaders.AUTHORIZATION, "bearer let-me-in")
            .exchange()
            .expectStatus()
            .isOk();
    }

}
