package dev.b2cemulator.support;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Graph calls as clients make them: JSON body, bearer token. */
public final class GraphCalls {

    public static final String KEYSETS = "/beta/trustFramework/keySets";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient client;

    private final String token;

    public GraphCalls(RestTestClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /**
     * POST /beta/trustFramework/keySets; no Authorization header when the token is null.
     */
    public static RestTestClient.ResponseSpec createKeySet(RestTestClient client, String token, String body) {
        return new GraphCalls(client, token).call(HttpMethod.POST, KEYSETS, body);
    }

    /**
     * Any call; a null body sends none. The path is taken as written (no template
     * expansion).
     */
    public RestTestClient.ResponseSpec call(HttpMethod method, String path, String body) {
        var request = client.method(method).uri(java.net.URI.create(path));
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    public RestTestClient.ResponseSpec get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public RestTestClient.ResponseSpec post(String path, String body) {
        return call(HttpMethod.POST, path, body);
    }

    /** Calls and expects the status, returning the JSON body. */
    public JsonNode json(HttpMethod method, String path, String body, int status) {
        byte[] bytes = call(method, path, body).expectStatus()
            .isEqualTo(status)
            .expectBody()
            .returnResult()
            .getResponseBodyContent();
        return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Creates {@code B2C_1A_{name}} empty and returns its id. */
    public String createEmpty(String name) {
        return json(HttpMethod.POST, KEYSETS, "{\"id\":\"" + name + "\"}", 201).get("id").asString();
    }

    public static String keySet(String id) {
        return KEYSETS + "/" + id;
    }

}
