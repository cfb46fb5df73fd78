package dev.b2cemulator.admin;

import java.util.List;

import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import dev.b2cemulator.keyset.KeySetRepository;
import dev.b2cemulator.support.AccessLogOutput;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;
import dev.b2cemulator.support.GraphSdk;
import dev.b2cemulator.tenant.TenantIds;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.KEYSETS;
import static dev.b2cemulator.support.GraphCalls.keySet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /_emulator}: health after seeding, reset (which replays the seed), the request
 * journal and faults (docs/EMULATOR.md). The seed is the example file shipped in the
 * repository, so the example is tested too.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.seed-file=examples/seed.json", "emulator.journal.max-entries=5" })
@Import(EmulatorEndpointsIntegrationTests.ReadinessWitness.class)
@ExtendWith(OutputCaptureExtension.class)
class EmulatorEndpointsIntegrationTests {

    /**
     * Notes how many keysets the seeded tenant held at the moment readiness turned to
     * ACCEPTING_TRAFFIC.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ReadinessWitness {

        static final AtomicInteger KEY_SETS_WHEN_READY = new AtomicInteger(-1);

        @Bean
        ApplicationListener<AvailabilityChangeEvent<ReadinessState>> readinessWitness(KeySetRepository repository) {
            return event -> {
                if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && KEY_SETS_WHEN_READY.get() < 0) {
                    KEY_SETS_WHEN_READY.set(repository.count(CONTOSO));
                }
            };
        }

    }

    private static final String CONTOSO = TenantIds.resolve("contoso.onmicrosoft.com").orElseThrow();

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    String token;

    GraphCalls graph;

    @BeforeEach
    void seededState() {
        client.post().uri("/_emulator/reset").exchange().expectStatus().isNoContent();
        token = EmulatorTokens.fetch(client, "contoso.onmicrosoft.com");
        graph = new GraphCalls(client, token);
    }

    @AfterEach
    void noFaults() {
        client.delete().uri("/_emulator/faults").exchange().expectStatus().isNoContent();
    }

    @Test
    void healthAndReadinessReportAnEmulatorThatIsAlreadySeeded() {
        client.get()
            .uri("/_emulator/health")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        JsonNode sets = graph.json(HttpMethod.GET, KEYSETS, null, 200);
        assertThat(sets.get("value")).extracting(set -> set.get("id").asString())
            .containsExactly("B2C_1A_TokenSigningKeyContainer", "B2C_1A_TokenEncryptionKeyContainer",
                    "B2C_1A_FacebookSecret");
        JsonNode signing = graph.json(HttpMethod.GET, keySet("B2C_1A_TokenSigningKeyContainer") + "/getActiveKey", null,
                200);
        assertThat(signing.get("kty").asString()).isEqualTo("RSA");
        assertThat(signing.get("use").asString()).isEqualTo("sig");
        assertThat(graph.json(HttpMethod.GET, keySet("B2C_1A_FacebookSecret"), null, 200)
            .get("keys")
            .get(0)
            .get("exp")
            .asLong()).isEqualTo(4102444800L);
    }

    @Test
    void readinessTurnedUpOnlyWithTheSeedAlreadyLoaded() {
        assertThat(ReadinessWitness.KEY_SETS_WHEN_READY.get()).isEqualTo(3);
    }

    @Test
    void everyRequestWritesOneAccessLogLine(CapturedOutput output) {
        String requestId = graph.get(keySet("B2C_1A_FacebookSecret"))
            .expectStatus()
            .isOk()
            .returnResult()
            .getResponseHeaders()
            .getFirst("request-id");

        assertThat(AccessLogOutput.through(output, requestId))
            .containsPattern("dev\\.b2cemulator\\.access +: GET /beta/trustFramework/keySets/"
                    + "B2C_1A_FacebookSecret 200 \\d+ms tenant=" + CONTOSO + " request-id=" + requestId);
    }

    @Test
    void resetForgetsChangesAndReplaysTheSeed() {
        graph.createEmpty("scratch");
        graph.call(HttpMethod.DELETE, keySet("B2C_1A_FacebookSecret"), null).expectStatus().isNoContent();
        GraphCalls other = new GraphCalls(client, EmulatorTokens.fetch(client, "other.onmicrosoft.com"));
        other.createEmpty("elsewhere");

        client.post().uri("/_emulator/reset?tenant=contoso.onmicrosoft.com").exchange().expectStatus().isNoContent();

        assertThat(graph.json(HttpMethod.GET, KEYSETS + "?$select=id", null, 200).get("value"))
            .extracting(set -> set.get("id").asString())
            .containsExactly("B2C_1A_TokenSigningKeyContainer", "B2C_1A_TokenEncryptionKeyContainer",
                    "B2C_1A_FacebookSecret");
        other.get(keySet("B2C_1A_elsewhere")).expectStatus().isOk();

        client.post().uri("/_emulator/reset").exchange().expectStatus().isNoContent();
        assertGraphError(other.get(keySet("B2C_1A_elsewhere")), 400, "AADB2C90073");
        assertGraphError(client.post().uri("/_emulator/reset?tenant=not a tenant").exchange(), 400, "BadRequest");
    }

    @Test
    void theJournalIsNewestFirstFilteredCappedAndHoldsNoSecrets() {
        client.delete().uri("/_emulator/requests").exchange().expectStatus().isNoContent();
        graph.post(keySet("B2C_1A_FacebookSecret") + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"very-secret-value\"}")
            .expectStatus()
            .isOk();
        graph.get(keySet("B2C_1A_FacebookSecret")).expectStatus().isOk();
        graph.get(keySet("B2C_1A_missing")).expectStatus().isBadRequest();

        JsonNode entries = journal("");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).get("path").asString()).isEqualTo(KEYSETS + "/B2C_1A_missing");
        assertThat(entries.get(0).get("status").asInt()).isEqualTo(400);
        assertThat(entries.get(2).get("method").asString()).isEqualTo("POST");
        assertThat(entries.get(2).get("tenant").asString()).isEqualTo(CONTOSO);
        assertThat(entries.get(2).get("request-id").asString()).hasSize(36);
        assertThat(entries.get(2).has("durationMs")).isTrue();
        assertThat(entries.toString()).doesNotContain("very-secret-value").doesNotContain(token);

        assertThat(journal("?method=post")).hasSize(1);
        assertThat(journal("?path=missing")).hasSize(1);
        assertThat(journal("?tenant=" + CONTOSO)).hasSize(3);
        assertThat(journal("?tenant=contoso.onmicrosoft.com")).hasSize(3);
        assertThat(journal("?tenant=00000000-0000-0000-0000-000000000009")).isEmpty();

        for (int i = 0; i < 10; i++) {
            graph.get(KEYSETS + "/$count").expectStatus().isOk();
        }
        assertThat(journal("")).as("capped at emulator.journal.max-entries").hasSize(5);
        client.delete().uri("/_emulator/requests").exchange().expectStatus().isNoContent();
        assertThat(journal("")).isEmpty();
    }

    @Test
    void aFailureRateThrottlesGraphCallsButNeverTheEmulatorOrTheTokenEndpoints() {
        setFaults("{\"failureRate\":1.0,\"retryAfterSeconds\":7}").jsonPath("$.failureRate").isEqualTo(1.0);

        graph.get(KEYSETS)
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .valueEquals("Retry-After", "7")
            .expectBody()
            .jsonPath("$.error.code")
            .isEqualTo("AADB2C95043");
        EmulatorTokens.fetch(client, "contoso.onmicrosoft.com");
        client.get().uri("/_emulator/health").exchange().expectStatus().isOk();
        client.get().uri("/_emulator/faults").exchange().expectBody().jsonPath("$.retryAfterSeconds").isEqualTo(7);
    }

    @Test
    void aRateLimitLetsTheBudgetThroughThenThrottlesUntilTheWindowEnds() {
        setFaults("{\"rateLimit\":{\"requests\":2,\"windowSeconds\":60}}");

        graph.get(KEYSETS).expectStatus().isOk();
        graph.get(KEYSETS).expectStatus().isOk();
        graph.get(KEYSETS)
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }

    @Test
    void latencyDelaysGraphCalls() {
        setFaults("{\"latencyMs\":{\"min\":300,\"max\":300}}");

        long start = System.nanoTime();
        graph.get(KEYSETS).expectStatus().isOk();

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void theOfficialSdkRetriesAThrottledCallAndSucceeds() {
        GraphServiceClient sdk = GraphSdk.client(port);
        sdk.trustFramework().keySets().get();
        client.delete().uri("/_emulator/requests").exchange().expectStatus().isNoContent();
        setFaults("{\"rateLimit\":{\"requests\":1,\"windowSeconds\":1},\"retryAfterSeconds\":1}");

        sdk.trustFramework().keySets().count().get();
        Integer count = sdk.trustFramework().keySets().count().get();

        assertThat(count).isEqualTo(3);
        List<Integer> statuses = journal("?path=$count").valueStream()
            .map(entry -> entry.get("status").asInt())
            .toList();
        assertThat(statuses).as("newest first: the retry succeeded after a 429").startsWith(200, 429).contains(429);
    }

    @Test
    void badFaultsAreRefusedSayingWhatToFix() {
        assertGraphError(client.post()
            .uri("/_emulator/faults")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"failureRate\":2}")
            .exchange(), 400, "BadRequest").jsonPath("$.error.message")
            .isEqualTo("'failureRate' must be between 0 and 1.");
        assertGraphError(client.post()
            .uri("/_emulator/faults")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"latencyMs\":{\"min\":500,\"max\":100}}")
            .exchange(), 400, "BadRequest");
        assertGraphError(client.post()
            .uri("/_emulator/faults")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"rateLimit\":{\"requests\":0,\"windowSeconds\":1}}")
            .exchange(), 400, "BadRequest");
    }

    private RestTestClient.BodyContentSpec setFaults(String json) {
        return client.post()
            .uri("/_emulator/faults")
            .contentType(MediaType.APPLICATION_JSON)
            .body(json)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody();
    }

    private JsonNode journal(String query) {
        byte[] body = client.get()
            .uri("/_emulator/requests" + query)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBodyContent();
        return tools.jackson.databind.json.JsonMapper.shared().readTree(body).get("requests");
    }

}
