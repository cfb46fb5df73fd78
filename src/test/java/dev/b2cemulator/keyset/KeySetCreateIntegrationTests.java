package dev.b2cemulator.keyset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.TestKeys;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.KEYSETS;
import static dev.b2cemulator.support.GraphCalls.createKeySet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Create over real HTTP, with tokens from the emulator's own token endpoint (docs/API.md,
 * errors, §5, §6).
 */
@EmulatorIntegrationTest
class KeySetCreateIntegrationTests {

    private static final RSAKey RSA = TestKeys.rsa("create-integration");

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "k");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    String token;

    @BeforeEach
    void token() {
        token = EmulatorTokens.fetch(client, "contoso.onmicrosoft.com");
    }

    @Test
    void documentedExample1CreatesAnEmptyKeySet() {
        post("{\"id\": \"keyset1\"}").expectStatus()
            .isCreated()
            .expectHeader()
            .valueEquals(HttpHeaders.LOCATION, "/trustFramework/keySets('B2C_1A_keyset1')")
            .expectHeader()
            .contentType(MediaType.APPLICATION_JSON)
            .expectHeader()
            .exists("request-id")
            .expectBody()
            .json("""
                    {"@odata.context":"http://localhost:%d/beta/$metadata#trustFramework/keySets/$entity",
                     "id":"B2C_1A_keyset1","keys":[]}""".formatted(port), JsonCompareMode.STRICT);
    }

    /**
     * Graph's answers carry no browser-protection headers (a 2019 capture of a Graph 201:
     * {@code Cache-Control: private}, {@code request-id}, {@code client-request-id},
     * {@code OData-Version}, {@code Strict-Transport-Security}, {@code Date}); Spring
     * Security's defaults are switched off, on answers and refusals alike. Nor a session
     * cookie: the emulator keeps no session.
     */
    @Test
    void answersCarryNoBrowserHeadersGraphDoesNotSend() {
        List<String> browserHeaders = List.of("x-frame-options", "x-xss-protection", "x-content-type-options", "pragma",
                "expires", "cache-control", "set-cookie");
        var created = post("{\"id\": \"headers\"}").expectStatus().isCreated().returnResult().getResponseHeaders();
        var refused = client.get()
            .uri(KEYSETS)
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .returnResult()
            .getResponseHeaders();

        var listed = client.get()
            .uri(KEYSETS)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult()
            .getResponseHeaders();

        for (HttpHeaders headers : List.of(created, refused, listed)) {
            assertThat(headers.headerNames().stream().map(name -> name.toLowerCase(Locale.ROOT)))
                .contains("request-id", "client-request-id")
                .doesNotContainAnyElementsOf(browserHeaders);
        }
    }

    @Test
    void documentedExample2CreatesAKeySetWithAFullJwkAndReturnsNoPrivateValue() {
        Instant now = Instant.now();
        var certificate = TestKeys.selfSigned(RSA, "keyset1", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
        String body = """
                {
                  "id": "example2",
                  "keys": [
                    {
                      "k": null,
                      "x5c": ["%s"],
                      "x5t": "%s",
                      "kty": "RSA",
                      "use": "sig",
                      "exp": 4132148146,
                      "nbf": 1508969811,
                      "kid": "kid-value",
                      "e": "%s", "n": "%s", "d": "%s", "p": "%s", "q": "%s", "dp": "%s", "dq": "%s", "qi": "%s"
                    }
                  ]
                }""".formatted(TestKeys.base64Der(certificate), TestKeys.x5t(certificate), RSA.getPublicExponent(),
                RSA.getModulus(), RSA.getPrivateExponent(), RSA.getFirstPrimeFactor(), RSA.getSecondPrimeFactor(),
                RSA.getFirstFactorCRTExponent(), RSA.getSecondFactorCRTExponent(), RSA.getFirstCRTCoefficient());

        JsonNode created = body(post(body).expectStatus()
            .isCreated()
            .expectHeader()
            .valueEquals(HttpHeaders.LOCATION, "/trustFramework/keySets('B2C_1A_example2')"));

        JsonNode key = created.get("keys").get(0);
        assertThat(created.get("id").asString()).isEqualTo("B2C_1A_example2");
        assertThat(key.get("kid").asString()).isEqualTo("kid-value");
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("n").asString()).isEqualTo(RSA.getModulus().toString());
        assertThat(key.get("e").asString()).isEqualTo("AQAB");
        assertThat(key.get("x5c").get(0).asString()).isEqualTo(TestKeys.base64Der(certificate));
        assertThat(key.get("x5t").asString()).isEqualTo(TestKeys.x5t(certificate));
        assertThat(key.get("nbf").asLong()).isEqualTo(1508969811L);
        assertThat(key.get("exp").asLong()).isEqualTo(4132148146L);
        assertThat(key.get("status").asString()).isEqualTo("enabled");
        assertNoPrivateValues(created, RSA.getPrivateExponent().toString(), RSA.getFirstPrimeFactor().toString(),
                RSA.getSecondPrimeFactor().toString(), RSA.getFirstFactorCRTExponent().toString(),
                RSA.getSecondFactorCRTExponent().toString(), RSA.getFirstCRTCoefficient().toString());
    }

    @Test
    void anOctSecretIsStoredButNeverReturned() {
        JsonNode created = body(post(
                "{\"id\":\"secret\",\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"c3VwZXItc2VjcmV0LXZhbHVl\"}]}")
            .expectStatus()
            .isCreated());

        assertThat(created.get("keys").get(0).get("kid").asString()).hasSize(43);
        assertNoPrivateValues(created, "c3VwZXItc2VjcmV0LXZhbHVl");
    }

    @Test
    void parsingIsAsLenientAsTheRealService() {
        // Trailing commas (Microsoft's PowerShell scripts), single quotes (the C#
        // sample), explicit nulls
        // (Terraform), nbf/exp as strings, unknown members, a charset on the
        // Content-Type.
        String body = "{ 'id': 'lenient', 'usage': 'sig', 'keys': [ { 'kty': 'oct', 'use': 'sig', 'k': 'c2VjcmV0',"
                + " 'nbf': '1508969811', 'exp': null, 'x5c': null, 'unknown': {'deep': [1,2,]}, }, ], }";
        client.post()
            .uri(KEYSETS)
            .header(HttpHeaders.AUTHORIZATION, "bearer " + token)
            .contentType(MediaType.parseMediaType("application/json; charset=utf-8"))
            .body(body)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody()
            .jsonPath("$.keys[0].nbf")
            .isEqualTo(1508969811)
            .jsonPath("$.keys[0].exp")
            .isEmpty()
            .jsonPath("$.keys[0].x5c")
            .isArray();
    }

    /**
     * The body is decoded in the charset its Content-Type names, as Spring's JSON
     * converter decodes it: the Unicode ones by Jackson from the bytes, others (Latin-1
     * here, where "café" is not valid UTF-8) decoded first.
     */
    @ParameterizedTest
    @ValueSource(strings = { "UTF-8", "UTF-16", "UTF-16LE", "UTF-32BE", "ISO-8859-1", "windows-1252" })
    void aBodyIsReadInTheCharsetItsContentTypeNames(String charset) {
        String id = "charset-" + charset.toLowerCase(Locale.ROOT);
        byte[] body = ("{\"id\":\"" + id + "\",\"note\":\"café\"}").getBytes(Charset.forName(charset));
        client.post()
            .uri(KEYSETS)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.parseMediaType("application/json; charset=" + charset))
            .body(body)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody()
            .jsonPath("$.id")
            .isEqualTo("B2C_1A_" + id);
    }

    /**
     * A JSON answer that fits in Tomcat's buffer goes out with its length, not chunked.
     */
    @Test
    void jsonAnswersCarryTheirLength() {
        assertCarriesItsLength(post("{\"id\":\"with-length\"}").expectStatus().isCreated());
        assertCarriesItsLength(client.get()
            .uri(KEYSETS + "/B2C_1A_with-length")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange()
            .expectStatus()
            .isOk());
    }

    private static void assertCarriesItsLength(RestTestClient.ResponseSpec response) {
        EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
        assertThat(result.getResponseHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)).isFalse();
        assertThat(result.getResponseHeaders().getContentLength()).isEqualTo(result.getResponseBodyContent().length);
    }

    /**
     * An {@code Accept} that names a Unicode charset gets the answer in it, as Spring's
     * JSON converter writes it.
     */
    @Test
    void anAnswerIsWrittenInTheCharsetAcceptNames() {
        byte[] body = client.post()
            .uri(KEYSETS)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(HttpHeaders.ACCEPT, "application/json; charset=UTF-16BE")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"id\":\"utf-16-answer\"}")
            .exchange()
            .expectStatus()
            .isCreated()
            .expectHeader()
            .contentType("application/json;charset=UTF-16BE")
            .expectBody()
            .returnResult()
            .getResponseBodyContent();
        assertThat(new String(body, StandardCharsets.UTF_16BE)).contains("\"id\":\"B2C_1A_utf-16-answer\"");
    }

    @Test
    void pathSegmentsMatchCaseInsensitively() {
        client.post()
            .uri("/beta/trustframework/keysets")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"id\":\"lowercase-path\"}")
            .exchange()
            .expectStatus()
            .isCreated();
    }

    @Test
    void aDuplicateIdInAnyCaseIsAadb2c95028AndLeavesTheSetAlone() {
        post("{\"id\":\"B2C_1A_Dup\",\"keys\":[{\"kty\":\"oct\",\"use\":\"enc\",\"k\":\"Zmlyc3Q\"}]}").expectStatus()
            .isCreated();

        assertGraphError(post("{\"id\":\"dup\"}"), 400, "AADB2C95028").jsonPath("$.error.innerError.correlationId")
            .isNotEmpty();
    }

    @Test
    void clientRequestIdIsEchoed() {
        client.post()
            .uri(KEYSETS)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header("client-request-id", "my-correlation-123")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"id\":\"\"}")
            .exchange()
            .expectHeader()
            .valueEquals("client-request-id", "my-correlation-123")
            .expectBody()
            .jsonPath("$.error.innerError.client-request-id")
            .isEqualTo("my-correlation-123");
    }

    static Stream<Arguments> refusedBodies() {
        String n = RSA.getModulus().toString();
        String otherD = TestKeys.rsa("create-integration-other").getPrivateExponent().toString();
        return Stream.of(
                Arguments.of("odata-type", "{'id':'odata-type','@odata.type':'microsoft.graph.trustFrameworkKeySet'}",
                        400, "AADB2C", "The 'keySet' field is invalid in request"),
                Arguments.of("missing-id", "{'keys':[]}", 400, "AADB2C90253", "'id'"),
                Arguments.of("bad-id", "{'id':'has space'}", 400, "AADB2C", "1 to 100"),
                Arguments.of("missing-use", "{'id':'missing-use','keys':[{'kty':'oct','k':'YQ'}]}", 400, "AADB2C90253",
                        "'use'"),
                Arguments.of("missing-k", "{'id':'missing-k','keys':[{'kty':'oct','use':'sig'}]}", 400, "AADB2C90253",
                        "'k'"),
                Arguments.of("bad-kty", "{'id':'bad-kty','keys':[{'kty':'EC','use':'sig'}]}", 400, "AADB2C95031",
                        "Must be RSA or oct"),
                Arguments.of("bad-use", "{'id':'bad-use','keys':[{'kty':'oct','use':'both','k':'YQ'}]}", 400,
                        "AADB2C95033", "'sig' or 'enc'"),
                Arguments.of("rsa-no-n", "{'id':'rsa-no-n','keys':[{'kty':'RSA','use':'sig','e':'AQAB'}]}", 400,
                        "AADB2C95039", "modulus"),
                Arguments.of("k-not-b64", "{'id':'k-not-b64','keys':[{'kty':'oct','use':'sig','k':'a+b/c'}]}", 400,
                        "AADB2C95029", "base64url"),
                Arguments.of("mixed-kty",
                        "{'id':'mixed-kty','keys':[{'kty':'oct','use':'sig','k':'YQ'},"
                                + "{'kty':'RSA','use':'sig','n':'" + n + "','e':'AQAB'}]}",
                        400, "AADB2C95032", "mix RSA and Oct"),
                Arguments.of("mixed-use",
                        "{'id':'mixed-use','keys':[{'kty':'oct','use':'sig','k':'YQ'},"
                                + "{'kty':'oct','use':'enc','k':'Yg'}]}",
                        400, "AADB2C95042", "signature and encryption"),
                Arguments.of("weak",
                        "{'id':'weak','keys':[{'kty':'RSA','use':'sig','n':'" + TestKeys.rsa(1024).getModulus()
                                + "','e':'AQAB'}]}",
                        400, "AADB2C95026", "1024 bits"),
                Arguments.of("foreign-d",
                        "{'id':'foreign-d','keys':[{'kty':'RSA','use':'sig','n':'" + n + "','e':'AQAB','d':'" + otherD
                                + "'}]}",
                        400, "AADB2C95026", "'d' does not belong"),
                Arguments.of("exp-before-nbf",
                        "{'id':'exp-before-nbf','keys':[{'kty':'oct','use':'sig','k':'YQ',"
                                + "'nbf':2000,'exp':1000}]}",
                        400, "AADB2C95026", "later than 'nbf'"),
                Arguments.of("not-a-cert",
                        "{'id':'not-a-cert','keys':[{'kty':'RSA','use':'sig','n':'" + n
                                + "','e':'AQAB','x5c':['bm90IGEgY2VydA==']}]}",
                        400, "AADB2C95026", "The key is not valid"),
                Arguments.of("truncated", "{'id':'truncated','keys':[", 400, "BadRequest", "not valid JSON"),
                Arguments.of("not-json", "id=keyset1", 400, "BadRequest", "not valid JSON"),
                Arguments.of("wrong-type", "{'id':'wrong-type','keys':{'kty':'oct'}}", 400, "BadRequest",
                        "'keys' must be an array"),
                Arguments.of("nbf-text", "{'id':'nbf-text','keys':[{'kty':'oct','use':'sig','k':'YQ','nbf':'soon'}]}",
                        400, "BadRequest", "'keys[0].nbf' must be an integer"),
                Arguments.of("nbf-overflow",
                        "{'id':'nbf-overflow','keys':[{'kty':'oct','use':'sig','k':'YQ',"
                                + "'nbf':99999999999999999999999}]}",
                        400, "BadRequest", "'keys[0].nbf' must be an integer"),
                Arguments.of("nbf-fraction",
                        "{'id':'nbf-fraction','keys':[{'kty':'oct','use':'sig','k':'YQ','nbf':1500000000.5}]}", 400,
                        "BadRequest", "'keys[0].nbf' must be an integer"),
                Arguments.of("exp-fraction-text",
                        "{'id':'exp-fraction-text','keys':[{'kty':'oct','use':'sig','k':'YQ','exp':'1500000000.5'}]}",
                        400, "BadRequest", "'keys[0].exp' must be an integer"),
                Arguments.of("id-number", "{'id':123}", 400, "BadRequest", "'id' must be a string"),
                Arguments.of("id-object", "{'id':{'x':1}}", 400, "BadRequest", "'id' must be a string"),
                Arguments.of("use-boolean", "{'id':'use-boolean','keys':[{'kty':'oct','use':true,'k':'YQ'}]}", 400,
                        "BadRequest", "'keys[0].use' must be a string"),
                Arguments.of("kty-array", "{'id':'kty-array','keys':[{'kty':['oct'],'use':'sig','k':'YQ'}]}", 400,
                        "BadRequest", "'keys[0].kty' must be a string"),
                Arguments.of("k-float", "{'id':'k-float','keys':[{'kty':'oct','use':'sig','k':1.5}]}", 400,
                        "BadRequest", "'keys[0].k' must be a string"),
                Arguments.of("array-body", "[]", 400, "BadRequest", "must be a JSON object"),
                Arguments.of("empty-body", "", 400, "BadRequest", "missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBodies")
    void refusedCreatesAnswerTheGraphErrorAndStoreNothing(String id, String body, int status, String code,
            String messagePart) {
        assertGraphError(post(body), status, code).jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains(messagePart));

        // Nothing was stored: the same id is still free.
        post("{\"id\":\"" + id + "\"}").expectStatus().isCreated();
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String padding = "a".repeat(1024 * 1024);
        assertGraphError(post("{\"id\":\"big\",\"padding\":\"" + padding + "\"}"), 413, "RequestEntityTooLarge");
    }

    @Test
    void aWrongMethodIs405AndAnUnknownPathIs400NamingTheSegment() {
        assertGraphError(client.delete().uri(KEYSETS).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange(),
                405, "MethodNotAllowed");
        assertGraphError(client.post()
            .uri("/beta/trustFramework/keyRings")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .body("{}")
            .exchange(), 400, "BadRequest").jsonPath("$.error.message")
            .isEqualTo("Resource not found for the segment 'keyRings'.");
    }

    @Test
    void errorsAreJsonEvenWhenTheClientAsksForSomethingElse() {
        client.post()
            .uri(KEYSETS)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .accept(MediaType.APPLICATION_XML)
            .contentType(MediaType.APPLICATION_JSON)
            .body("{}")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    private void assertNoPrivateValues(JsonNode keySet, String... privateValues) {
        for (JsonNode key : keySet.get("keys")) {
            for (String member : PRIVATE_MEMBERS) {
                assertThat(key.get(member).isNull()).as(member + " is returned as null").isTrue();
            }
        }
        String raw = keySet.toString();
        for (String value : privateValues) {
            assertThat(raw).doesNotContain(value);
        }
    }

    private JsonNode body(RestTestClient.ResponseSpec response) {
        byte[] bytes = response.expectBody().returnResult().getResponseBodyContent();
        return json.readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    private RestTestClient.ResponseSpec post(String body) {
        return createKeySet(client, token, body);
    }

}
