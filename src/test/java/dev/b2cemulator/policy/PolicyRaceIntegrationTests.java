package dev.b2cemulator.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's policy writes are serialised: when the delete of a base and the upload of
 * its child race, the child is either refused (its base already gone) or stored before
 * the base is removed — never stored after the base it was checked against has gone. The
 * durable log gives the order in which the changes took effect.
 */
@EmulatorIntegrationTest
class PolicyRaceIntegrationTests {

    private static final int RACES = 50;

    private static final Path DATA_DIR = dataDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void durable(DynamicPropertyRegistry registry) {
        registry.add("emulator.data-dir", DATA_DIR::toString);
    }

    @Test
    void aChildIsNeverStoredAfterTheBaseItWasCheckedAgainstWasDeleted() throws Exception {
        RawGraphClient graph = RawGraphClient.forTenant(port, "policies.onmicrosoft.com");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> storedChildren = new ArrayList<>();
        try {
            for (int i = 0; i < RACES; i++) {
                String base = "B2C_1A_RaceBase" + i;
                String child = "B2C_1A_RaceChild" + i;
                assertThat(put(graph, base, PolicyUploadIntegrationTests.policy(base, null)).statusCode())
                    .isEqualTo(201);
                CountDownLatch start = new CountDownLatch(1);
                Future<HttpResponse<String>> delete = pool.submit(() -> {
                    start.await();
                    return graph.send("DELETE", "/beta/trustFramework/policies/" + base, null);
                });
                Future<HttpResponse<String>> upload = pool.submit(() -> {
                    start.await();
                    return put(graph, child, PolicyUploadIntegrationTests.policy(child, base));
                });
                start.countDown();
                assertThat(delete.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(204);
                int status = upload.get(1, TimeUnit.MINUTES).statusCode();
                assertThat(status).isIn(201, 400);
                if (status == 201) {
                    storedChildren.add(i + "");
                }
            }
        }
        finally {
            pool.shutdownNow();
        }

        List<String> order = changesInOrder();
        for (String i : storedChildren) {
            assertThat(order.indexOf("put B2C_1A_RaceChild" + i)).as("child %s stored before its base was removed", i)
                .isLessThan(order.indexOf("remove B2C_1A_RaceBase" + i));
        }
        System.out.printf("RELIABILITY policy races: %d, children stored before the delete %d, refused after it %d%n",
                RACES, storedChildren.size(), RACES - storedChildren.size());
    }

    private static HttpResponse<String> put(RawGraphClient graph, String id, String document) {
        return graph.send(graph.request("/beta/trustFramework/policies/" + id + "/$value")
            .PUT(HttpRequest.BodyPublishers.ofString(document)));
    }

    /** "put {id}" and "remove {id}", in the order of the durable log. */
    private static List<String> changesInOrder() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<String> changes = new ArrayList<>();
        for (String line : Files.readAllLines(DATA_DIR.resolve("policies.log"))) {
            JsonNode change = json.readTree(line.substring(line.indexOf(' ') + 1));
            String op = change.get("op").asString();
            changes.add(op + " "
                    + (op.equals("put") ? change.get("put").get("id").asString() : change.path("id").asString()));
        }
        return changes;
    }

    private static Path dataDir() {
        try {
            Path dir = Files.createTempDirectory("policy-races");
            dir.toFile().deleteOnExit();
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
