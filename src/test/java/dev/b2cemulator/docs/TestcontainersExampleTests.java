package dev.b2cemulator.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Testcontainers example of docs/TESTING.md, as it stands there. It needs a Docker
 * engine and the image ({@code docker build -t b2c-graph-emulator:local .}): without
 * Docker it is skipped, so it runs in the workflow's image job and wherever a developer
 * has Docker, and compiles everywhere.
 */
@EnabledIfSystemProperty(named = "emulator.image.built", matches = "true")
// tag::testcontainers[]
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersExampleTests {

    @Container
    static GenericContainer<?> graph = new GenericContainer<>("b2c-graph-emulator:local").withExposedPorts(8080)
        .waitingFor(Wait.forHttp("/_emulator/health").forStatusCode(200));

    static String graphUrl() {
        return "http://" + graph.getHost() + ":" + graph.getMappedPort(8080);
    }

    @BeforeEach
    void cleanSlate() throws Exception {
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(graphUrl() + "/_emulator/reset"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void theEmulatorIsUpAndEmpty() throws Exception {
        // Point the tool under test at graphUrl() + "/beta" and graphUrl() +
        // "/{tenant}/oauth2/v2.0/token".
        HttpResponse<String> token = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(graphUrl() + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=my-app"
                        + "&client_secret=any-secret&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
    }

}
// end::testcontainers[]
