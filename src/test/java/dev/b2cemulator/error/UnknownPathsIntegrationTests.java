package dev.b2cemulator.error;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path nothing answers says so, in the shape its neighbourhood speaks: Entra's on the
 * token side (404, or 400 {@code AADSTS900561} for a known endpoint with the wrong
 * method), Graph's 404 naming the path elsewhere; never a 401, even with a stale token.
 * Under {@code /beta} the token is checked first, then Graph's 400 names the segment
 * ({@code KeySetCreateIntegrationTests}).
 */
@EmulatorIntegrationTest
class UnknownPathsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "GET|/|404|NotFound|No resource at '/'.",
                    "GET|/emulator/health|404|NotFound|No resource at '/emulator/health'.",
                    "POST|/v1.0/trustFramework/keySets|404|NotFound|No resource at '/v1.0/trustFramework/keySets'.",
                    "GET|/_emulator/healthz|404|NotFound|Resource not found for the segment 'healthz'." })
    void graphShapedAnswers(String method, String path, int status, String code, String message) {
        for (RawGraphClient caller : callers()) {
            HttpResponse<String> response = caller.send(method, path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(status);
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("code").asString()).isEqualTo(code);
            assertThat(error.get("message").asString()).startsWith(message);
            assertThat(response.headers().firstValue("request-id")).isPresent();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST|/contoso.onmicrosoft.com/oauth2/v2/token|404||No endpoint at '/contoso.onmicrosoft.com/oauth2/v2/token'.",
            "GET|/contoso.onmicrosoft.com/v2.0/.well-known/openid-config|404||No endpoint at",
            "GET|/contoso.onmicrosoft.com/discovery/v3.0/keys|404||No endpoint at",
            "POST|/common/discovery/instance|400|900561|AADSTS900561: The endpoint only accepts GET",
            "GET|/contoso.onmicrosoft.com/.well-known/openid|404||No endpoint at",
            "GET|/contoso.onmicrosoft.com/oauth2/v2.0/token|400|900561|AADSTS900561: The endpoint only accepts POST, OPTIONS requests. Received a GET request.",
            "POST|/contoso.onmicrosoft.com/discovery/v2.0/keys|400|900561|AADSTS900561: The endpoint only accepts GET" })
    void entraShapedAnswersOnTheTokenSide(String method, String path, int status, String aadsts, String description) {
        for (RawGraphClient caller : callers()) {
            HttpResponse<String> response = caller.send(method, path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(status);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("error").asString()).isEqualTo("invalid_request");
            assertThat(error.get("error_description").asString()).startsWith(description);
            assertThat(error.get("error_codes").toString()).isEqualTo(aadsts == null ? "[]" : "[" + aadsts + "]");
            assertThat(error.get("trace_id").asString()).isNotEmpty();
        }
    }

    /** Without a token, and with a token that would be refused on the Graph API. */
    private RawGraphClient[] callers() {
        return new RawGraphClient[] { RawGraphClient.anonymous(port), RawGraphClient.withToken(port, "stale.token.x") };
    }

}
