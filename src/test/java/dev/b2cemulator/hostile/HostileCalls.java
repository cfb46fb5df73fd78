package dev.b2cemulator.hostile;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.RawGraphClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends hostile calls and collects what went wrong: a 5xx, a refusal without Graph's
 * error shape, or a refusal that changed the stored state (read before and after each
 * call, compared with {@code equals}).
 */
final class HostileCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RawGraphClient graph;

    private final Supplier<Object> state;

    private final List<String> failures = new ArrayList<>();

    private int sent;

    HostileCalls(RawGraphClient graph, Supplier<Object> state) {
        this.graph = graph;
        this.state = state;
    }

    void check(String method, String path, String contentType, String body) {
        Object before = state.get();
        HttpResponse<String> response = send(method, path, contentType, body);
        int status = response.statusCode();
        String what = method + " " + abbreviate(path) + " " + abbreviate(body) + " -> " + status;
        if (status >= 500) {
            fail(what + " " + abbreviate(response.body()));
            return;
        }
        if (status >= 400) {
            if (!isGraphError(response)) {
                fail(what + " without Graph's error shape: " + abbreviate(response.body()));
            }
            if (!before.equals(state.get())) {
                fail(what + " changed the stored state");
            }
        }
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) {
        sent++;
        HttpRequest.Builder request = graph.request(path)
            .method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty() && body != null) {
            request.header("Content-Type", contentType);
        }
        return graph.send(request);
    }

    void counted() {
        sent++;
    }

    void fail(String failure) {
        failures.add(failure);
    }

    void report(long seed) {
        System.out.printf("RELIABILITY hostile: seed %d, %d requests, %d failures%n", seed, sent, failures.size());
        assertThat(failures).as("hostile inputs (replay with -Dhostile.seed=" + seed + ")").isEmpty();
    }

    private static boolean isGraphError(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode error = JSON.readTree(response.body()).get("error");
            return error != null && error.get("code").isString() && error.get("message").isString()
                    && error.get("innerError").get("request-id").isString();
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }

}
