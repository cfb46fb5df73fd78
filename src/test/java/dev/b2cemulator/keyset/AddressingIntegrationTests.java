package dev.b2cemulator.keyset;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every spelling of an address that Graph and its clients use (docs/API.md, addresses).
 */
@EmulatorIntegrationTest
class AddressingIntegrationTests {

    @Autowired
    RestTestClient client;

    String token;

    GraphCalls graph;

    @BeforeEach
    void keySetWithAKey() {
        token = EmulatorTokens.fetch(client, "addressing.onmicrosoft.com");
        graph = new GraphCalls(client, token);
        if (graph.get("/beta/trustFramework/keySets/B2C_1A_addr").returnResult().getStatus().value() != 200) {
            graph.createEmpty("addr");
            graph.post("/beta/trustFramework/keySets/B2C_1A_addr/uploadSecret", "{\"use\":\"sig\",\"k\":\"s\"}")
                .expectStatus()
                .isOk();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/beta/trustFramework/keySets/B2C_1A_addr", "/beta/trustFramework/keySets('B2C_1A_addr')",
            "/beta/trustFramework/keySets(%27B2C_1A_addr%27)", "/beta/trustframework/keysets/b2c_1a_addr",
            "/BETA/TRUSTFRAMEWORK/KEYSETS/B2C_1A_ADDR", "/beta/trustFramework/keySets/B2C_1A_addr/",
            "/beta/trustFramework/keySets/B2C_1A_addr?$expand=keys_v2&foo=bar&$filter=x" })
    void anItemAnswersUnderEverySpelling(String path) {
        graph.get(path).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo("B2C_1A_addr");
    }

    @ParameterizedTest
    @ValueSource(strings = { "getActiveKey", "getActiveKey()", "microsoft.graph.getActiveKey",
            "microsoft.graph.getActiveKey()", "GETACTIVEKEY" })
    void functionsAnswerUnderEveryName(String name) {
        graph.get("/beta/trustFramework/keySets/B2C_1A_addr/" + name).expectStatus().isOk();
        graph.get("/beta/trustFramework/keySets('B2C_1A_addr')/" + name).expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = { "uploadSecret", "microsoft.graph.uploadSecret", "UploadSecret" })
    void actionsAnswerUnderEveryName(String name) {
        String set = graph.createEmpty("action-" + java.util.UUID.randomUUID());
        graph.post("/beta/trustFramework/keySets('" + set + "')/" + name, "{\"use\":\"sig\",\"k\":\"s\"}")
            .expectStatus()
            .isOk();
    }

    @Test
    void collectionsTakeATrailingSlashAndKeysV2TakesKeySyntax() {
        graph.get("/beta/trustFramework/keySets/").expectStatus().isOk().expectBody().jsonPath("$.value").isArray();
        String kid = graph.json(HttpMethod.GET, "/beta/trustFramework/keySets/B2C_1A_addr/keys_v2/", null, 200)
            .get("value")
            .get(0)
            .get("kid")
            .asString();
        graph.get("/beta/trustFramework/keySets('B2C_1A_addr')/keys_v2('" + kid + "')")
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.kid")
            .isEqualTo(kid);
    }

    @Test
    void idsWithADotWork() {
        graph.createEmpty("dotted");
        graph.call(HttpMethod.DELETE, "/beta/trustFramework/keySets/B2C_1A_dotted", null).expectStatus().isNoContent();

        graph.get("/beta/trustFramework/keySets/B2C_1A_dotted.bak").expectStatus().isOk();
        graph.get("/beta/trustFramework/keySets('B2C_1A_dotted.bak')").expectStatus().isOk();
    }

    @Test
    void aContentTypeOnAGetDoesNotMatter() {
        client.get()
            .uri(URI.create("/beta/trustFramework/keySets/B2C_1A_addr"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
            .exchange()
            .expectStatus()
            .isOk();
    }

    @Test
    void anUnknownOperationNamesItsSegment() {
        assertGraphError(graph.post("/beta/trustFramework/keySets/B2C_1A_addr/rotateKey", "{}"), 400, "BadRequest")
            .jsonPath("$.error.message")
            .value(String.class,
                    message -> assertThat(message).isEqualTo("Resource not found for the segment 'rotateKey'."));
    }

}
