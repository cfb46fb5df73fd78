package dev.b2cemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * Graph calls over {@code java.net.http}, for what {@code RestTestClient} does not do
 * well: many threads, raw or chunked bodies, an emulator in another process. Like
 * {@link GraphContract} for {@code RestTestClient}, it checks every JSON body the Graph
 * API answers against the Graph schemas, so no test skips the contract.
 */
public final class RawGraphClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    private final String token;

    private RawGraphClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /**
     * A client for the emulator at {@code baseUrl}, with a token for {@code tenant} from
     * its token endpoint.
     */
    public static RawGraphClient forTenant(String baseUrl, String tenant) {
        RawGraphClient anonymous = new RawGraphClient(baseUrl, null);
        HttpResponse<String> response = anonymous
            .send(HttpRequest.newBuilder(anonymous.uri("/" + tenant + "/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=raw-client"
                        + "&client_secret=raw-secret&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")));
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + tenant + ": " + response.statusCode() + " " + response.body());
        }
        return new RawGraphClient(baseUrl, JSON.readTree(response.body()).get("access_token").asString());
    }

    public static RawGraphClient forTenant(int port, String tenant) {
        return forTenant("http://localhost:" + port, tenant);
    }

    /** With a token of the caller's, valid or not. */
    public static RawGraphClient withToken(int port, String token) {
        return new RawGraphClient("http://localhost:" + port, token);
    }

    /** Without a token. */
    public static RawGraphClient anonymous(int port) {
        return new RawGraphClient("http://localhost:" + port, null);
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    /** Any method; a JSON body when one is given, none when it is null. */
    public HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    /**
     * A request to the path with the bearer token (when there is one), for the caller to
     * finish.
     */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** Sends, and checks a JSON answer of the Graph API against its schema. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return sendOrThrow(request);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * As {@link #send(HttpRequest.Builder)}, for a server that may be gone: the caller
     * handles the failure.
     */
    public HttpResponse<String> sendOrThrow(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String path = response.uri().getRawPath();
        boolean json = response.headers()
            .firstValue("Content-Type")
            .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/json"))
            .orElse(false);
        if (json && path.toLowerCase(Locale.ROOT).startsWith("/beta")) {
            GraphContract.check(path, response.body().getBytes(StandardCharsets.UTF_8));
        }
        return response;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

}
