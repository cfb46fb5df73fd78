package dev.b2cemulator.keyset;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.keySet;
import static org.assertj.core.api.Assertions.assertThat;

/** getActiveKey's selection rule and keys_v2 (docs/API.md, keys). */
@EmulatorIntegrationTest
class ActiveKeyAndKeysV2IntegrationTests {

    private static final long DAY = 86_400;

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    GraphCalls graph;

    long now;

    @BeforeEach
    void token() {
        graph = new GraphCalls(client, EmulatorTokens.fetch(client, "active.onmicrosoft.com"));
        now = Instant.now().getEpochSecond();
    }

    @Test
    void aPastKeyIsSupersededByALaterPastKey() {
        String set = graph.createEmpty("rollover");
        secret(set, now - 2 * DAY, now + 30 * DAY);
        String later = secret(set, now - DAY, now + 30 * DAY);

        assertThat(activeKid(set)).isEqualTo(later);
    }

    @Test
    void anExpiredKeyIsSkipped() {
        String set = graph.createEmpty("expired");
        String older = secret(set, now - 3 * DAY, now + 30 * DAY);
        secret(set, now - 2 * DAY, now - DAY);

        assertThat(activeKid(set)).isEqualTo(older);
    }

    @Test
    void aFutureKeyIsNotYetActive() {
        String set = graph.createEmpty("future");
        String current = secret(set, now - DAY, null);
        secret(set, now + DAY, null);

        assertThat(activeKid(set)).isEqualTo(current);
    }

    @Test
    void anUndatedKeyCountsAsTheEarliestAndTiesGoToTheLastAdded() {
        String set = graph.createEmpty("undated");
        secret(set, null, null);
        String dated = secret(set, now - DAY, null);
        assertThat(activeKid(set)).isEqualTo(dated);

        String tieSet = graph.createEmpty("tie");
        secret(tieSet, null, null);
        String last = secret(tieSet, null, null);
        assertThat(activeKid(tieSet)).isEqualTo(last);
    }

    @Test
    void noUsableKeyIsAadb2c90019() {
        String set = graph.createEmpty("empty");
        assertGraphError(graph.get(keySet(set) + "/getActiveKey"), 400, "AADB2C90019");

        String only = secret(set, now - DAY, null);
        graph.call(HttpMethod.PATCH, keySet(set) + "/keys_v2/" + only, "{\"status\":\"disabled\"}")
            .expectStatus()
            .isNoContent();
        assertGraphError(graph.get(keySet(set) + "/getActiveKey"), 400, "AADB2C90019").jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains("disabled"));
    }

    @Test
    void getActiveKeyIsAFunctionSoPostIs405() {
        String set = graph.createEmpty("function");
        secret(set, null, null);

        assertGraphError(graph.post(keySet(set) + "/getActiveKey", "{}"), 405, "MethodNotAllowed");
    }

    @Test
    void keysV2ListsGetsAndChangesTheStatusOfKeys() {
        String set = graph.createEmpty("v2");
        String first = secret(set, null, null);
        String second = secret(set, null, null);

        JsonNode list = graph.json(HttpMethod.GET, keySet(set) + "/keys_v2", null, 200);
        assertThat(list.get("@odata.context").asString())
            .isEqualTo("http://localhost:" + port + "/beta/$metadata#trustFramework/keySets('" + set + "')/keys_v2");
        assertThat(list.get("value")).extracting(key -> key.get("kid").asString()).containsExactly(first, second);
        graph.get(keySet(set) + "/keys_v2/$count")
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
            .expectBody(String.class)
            .isEqualTo("2");

        graph.call(HttpMethod.PATCH, keySet(set) + "/keys_v2/" + second, "{\"status\":\"disabled\"}")
            .expectStatus()
            .isNoContent()
            .expectBody()
            .isEmpty();

        JsonNode key = graph.json(HttpMethod.GET, keySet(set) + "/keys_v2/" + second, null, 200);
        assertThat(key.get("status").asString()).isEqualTo("disabled");
        assertThat(key.get("@odata.context").asString()).endsWith("/keys_v2/$entity");
        assertThat(activeKid(set)).isEqualTo(first);

        assertGraphError(graph.get(keySet(set) + "/keys_v2/no-such-kid"), 400, "AADB2C90073");
        assertGraphError(graph.call(HttpMethod.PATCH, keySet(set) + "/keys_v2/" + first, "{\"status\":\"off\"}"), 400,
                "BadRequest");
        assertGraphError(graph.call(HttpMethod.PATCH, keySet(set) + "/keys_v2/no-such-kid", "{\"status\":\"enabled\"}"),
                400, "AADB2C90073");
    }

    private String secret(String set, Long nbf, Long exp) {
        String body = "{\"use\":\"sig\",\"k\":\"s\"" + (nbf == null ? "" : ",\"nbf\":" + nbf)
                + (exp == null ? "" : ",\"exp\":" + exp) + "}";
        return graph.json(HttpMethod.POST, keySet(set) + "/uploadSecret", body, 200).get("kid").asString();
    }

    private String activeKid(String set) {
        JsonNode key = graph.json(HttpMethod.GET, keySet(set) + "/getActiveKey", null, 200);
        assertThat(key.get("@odata.context").asString()).endsWith("#microsoft.graph.trustFrameworkKey");
        return key.get("kid").asString();
    }

}
