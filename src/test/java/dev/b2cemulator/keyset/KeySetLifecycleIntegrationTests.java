package dev.b2cemulator.keyset;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;
import dev.b2cemulator.support.GraphContract;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.KEYSETS;
import static dev.b2cemulator.support.GraphCalls.keySet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * List, get, update, delete (docs/API.md, keysets), each tenant fresh so that lists hold
 * only what the test made.
 */
@EmulatorIntegrationTest
class KeySetLifecycleIntegrationTests {

    private static int tenants;

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    GraphCalls graph;

    @BeforeEach
    void freshTenant() {
        graph = new GraphCalls(client, EmulatorTokens.fetch(client, "lifecycle" + (++tenants) + ".onmicrosoft.com"));
    }

    @Test
    void listIsInCreationOrderWithContextAndEveryResponseIsSchemaChecked() {
        int checkedBefore = GraphContract.VALIDATED.get();
        graph.createEmpty("zeta");
        graph.createEmpty("alpha");
        graph.createEmpty("Mid");

        JsonNode list = graph.json(HttpMethod.GET, KEYSETS, null, 200);

        assertThat(list.get("@odata.context").asString())
            .isEqualTo("http://localhost:" + port + "/beta/$metadata#trustFramework/keySets");
        assertThat(ids(list)).containsExactly("B2C_1A_zeta", "B2C_1A_alpha", "B2C_1A_Mid");
        assertThat(list.has("@odata.nextLink")).isFalse();
        assertThat(list.has("@odata.count")).isFalse();
        assertThat(GraphContract.VALIDATED.get() - checkedBefore).isEqualTo(4);
    }

    @Test
    void paging250KeySetsWithTop100FollowsNextLinkToTheEnd() {
        for (int i = 0; i < 250; i++) {
            graph.createEmpty("page-%03d".formatted(i));
        }
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = KEYSETS + "?$top=100&$count=true";
        while (next != null) {
            JsonNode page = graph.json(HttpMethod.GET, next, null, 200);
            assertThat(page.get("@odata.count").asInt()).isEqualTo(250);
            pageSizes.add(page.get("value").size());
            seen.addAll(ids(page));
            next = page.has("@odata.nextLink") ? page.get("@odata.nextLink").asString() : null;
            if (next != null) {
                assertThat(next).startsWith("http://localhost:" + port + KEYSETS + "?$top=100&$skiptoken=");
            }
        }
        assertThat(pageSizes).containsExactly(100, 100, 50);
        assertThat(seen).hasSize(250).doesNotHaveDuplicates().startsWith("B2C_1A_page-000").endsWith("B2C_1A_page-249");
    }

    @Test
    void pagingGoesOnFromTheRightPlaceWhenSetsAreDeletedInBetween() {
        for (String name : List.of("a", "b", "c", "d")) {
            graph.createEmpty(name);
        }
        JsonNode first = graph.json(HttpMethod.GET, KEYSETS + "?$top=2", null, 200);
        graph.call(HttpMethod.DELETE, keySet("B2C_1A_b"), null).expectStatus().isNoContent();

        JsonNode second = graph.json(HttpMethod.GET, first.get("@odata.nextLink").asString(), null, 200);

        JsonNode third = graph.json(HttpMethod.GET, second.get("@odata.nextLink").asString(), null, 200);

        assertThat(ids(first)).containsExactly("B2C_1A_a", "B2C_1A_b");
        assertThat(ids(second)).containsExactly("B2C_1A_c", "B2C_1A_d");
        assertThat(ids(third)).containsExactly("B2C_1A_b.bak");
        assertThat(third.has("@odata.nextLink")).isFalse();
    }

    @Test
    void selectAndCount() {
        graph.createEmpty("one");
        graph.post(keySet("B2C_1A_one") + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"s\"}").expectStatus().isOk();

        JsonNode selected = graph.json(HttpMethod.GET, KEYSETS + "?$select=id", null, 200);
        assertThat(selected.get("@odata.context").asString()).endsWith("#trustFramework/keySets(id)");
        assertThat(selected.get("value").get(0).propertyNames()).containsExactly("id");

        JsonNode one = graph.json(HttpMethod.GET, keySet("B2C_1A_one") + "?$select=keys", null, 200);
        assertThat(one.propertyNames()).containsExactly("@odata.context", "keys");

        graph.get(KEYSETS + "/$count")
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
            .expectBody(String.class)
            .isEqualTo("1");
        assertGraphError(graph.get(KEYSETS + "?$select=name"), 400, "BadRequest").jsonPath("$.error.message")
            .isEqualTo("Could not find a property named 'name' on type 'microsoft.graph.trustFrameworkKeySet'.");
        assertGraphError(graph.get(KEYSETS + "?$top=0"), 400, "BadRequest");
        graph.createEmpty("two");
        JsonNode emptySelect = graph.json(HttpMethod.GET, KEYSETS + "?$top=1&$select=", null, 200);
        assertThat(emptySelect.get("@odata.nextLink").asString()).doesNotContain("$select");
        assertGraphError(graph.get(KEYSETS + "?$top=1001"), 400, "BadRequest");
        assertGraphError(graph.get(KEYSETS + "?$skiptoken=bogus"), 400, "BadRequest");
    }

    @Test
    void getReturnsTheSetWhateverTheCaseOfItsId() {
        graph.createEmpty("CaseKept");

        JsonNode got = graph.json(HttpMethod.GET, keySet("b2c_1a_casekept"), null, 200);

        assertThat(got.get("id").asString()).isEqualTo("B2C_1A_CaseKept");
        assertThat(got.get("@odata.context").asString()).endsWith("#trustFramework/keySets/$entity");
    }

    @ParameterizedTest
    @MethodSource("updateMethods")
    void updateReplacesTheKeys(HttpMethod method) {
        graph.createEmpty("replace");
        graph.post(keySet("B2C_1A_replace") + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"old\"}").expectStatus().isOk();

        JsonNode updated = graph.json(method, keySet("B2C_1A_replace"),
                "{\"keys\":[{\"k\":\"bmV3\",\"kty\":\"oct\",\"use\":\"enc\"},{\"k\":\"bmV3Mg\",\"kty\":\"oct\",\"use\":\"enc\"}]}",
                200);

        assertThat(updated.get("id").asString()).isEqualTo("B2C_1A_replace");
        assertThat(updated.get("keys")).hasSize(2).allSatisfy(key -> {
            assertThat(key.get("use").asString()).isEqualTo("enc");
            assertThat(key.get("k").isNull()).isTrue();
        });
        assertThat(graph.json(HttpMethod.GET, keySet("B2C_1A_replace"), null, 200).get("keys")).hasSize(2);
    }

    static Stream<Arguments> updateMethods() {
        return Stream.of(Arguments.of(HttpMethod.PUT), Arguments.of(HttpMethod.PATCH));
    }

    @Test
    void updateRefusals() {
        graph.createEmpty("refuse");
        String path = keySet("B2C_1A_refuse");

        assertGraphError(
                graph.call(HttpMethod.PATCH, path,
                        "{\"keys\":[{\"kid\":\"mine\",\"k\":\"YQ\",\"kty\":\"oct\",\"use\":\"sig\"}]}"),
                400, "AADB2C95059");
        assertGraphError(graph.call(HttpMethod.PUT, path,
                "{\"@odata.type\":\"microsoft.graph.trustFrameworkKeySet\",\"keys\":[]}"), 400, "AADB2C");
        assertGraphError(graph.call(HttpMethod.PUT, path, "{}"), 400, "AADB2C90253");
        assertGraphError(graph.call(HttpMethod.PUT, path, "{\"keys\":[{\"k\":\"YQ\",\"kty\":\"oct\",\"use\":\"sig\"},"
                + "{\"k\":\"Yg\",\"kty\":\"oct\",\"use\":\"enc\"}]}"), 400, "AADB2C95042");
        assertThat(graph.json(HttpMethod.GET, path, null, 200).get("keys")).isEmpty();
    }

    @Test
    void deleteKeepsABakCopyAsB2cDoes() {
        graph.createEmpty("gone");
        graph.post(keySet("B2C_1A_gone") + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"first\"}").expectStatus().isOk();

        graph.call(HttpMethod.DELETE, keySet("B2C_1A_gone"), null).expectStatus().isNoContent().expectBody().isEmpty();

        assertGraphError(graph.get(keySet("B2C_1A_gone")), 400, "AADB2C90073");
        JsonNode backup = graph.json(HttpMethod.GET, keySet("B2C_1A_gone.bak"), null, 200);
        assertThat(backup.get("id").asString()).isEqualTo("B2C_1A_gone.bak");
        assertThat(backup.get("keys")).hasSize(1);

        // A second delete of a re-created set replaces the older .bak; deleting a .bak
        // keeps no copy.
        graph.createEmpty("gone");
        graph.call(HttpMethod.DELETE, keySet("B2C_1A_gone"), null).expectStatus().isNoContent();
        assertThat(graph.json(HttpMethod.GET, keySet("B2C_1A_gone.bak"), null, 200).get("keys")).isEmpty();
        graph.call(HttpMethod.DELETE, keySet("B2C_1A_gone.bak"), null).expectStatus().isNoContent();
        assertThat(ids(graph.json(HttpMethod.GET, KEYSETS, null, 200))).isEmpty();
    }

    static Stream<Arguments> operationsOnAMissingSet() {
        String missing = keySet("B2C_1A_missing");
        return Stream.of(Arguments.of(HttpMethod.GET, missing, null),
                Arguments.of(HttpMethod.PUT, missing, "{\"keys\":[]}"),
                Arguments.of(HttpMethod.PATCH, missing, "{\"keys\":[]}"),
                Arguments.of(HttpMethod.DELETE, missing, null),
                Arguments.of(HttpMethod.POST, missing + "/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}"),
                Arguments.of(HttpMethod.POST, missing + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"s\"}"),
                Arguments.of(HttpMethod.POST, missing + "/uploadCertificate", "{\"key\":\"MIIB\"}"),
                Arguments.of(HttpMethod.POST, missing + "/uploadPkcs12", "{\"key\":\"MIIB\",\"password\":\"p\"}"),
                Arguments.of(HttpMethod.GET, missing + "/getActiveKey", null),
                Arguments.of(HttpMethod.GET, missing + "/keys_v2", null),
                Arguments.of(HttpMethod.GET, missing + "/keys_v2/kid", null),
                Arguments.of(HttpMethod.PATCH, missing + "/keys_v2/kid", "{\"status\":\"disabled\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsOnAMissingSet")
    void everyOperationOnAMissingSetIsAadb2c90073(HttpMethod method, String path, String body) {
        assertGraphError(graph.call(method, path, body), 400, "AADB2C90073").jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message)
                .startsWith("KeyContainer with 'id': 'B2C_1A_missing' cannot be found in the directory '"));
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("value").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

}
