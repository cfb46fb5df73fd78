package dev.b2cemulator.keyset;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.tenant.TenantIds;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.createKeySet;
import static org.assertj.core.api.Assertions.assertThat;

@EmulatorIntegrationTest
class KeySetTenancyAndRaceIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    KeySetRepository repository;

    @LocalServerPort
    int port;

    @Test
    void tenantsNeverSeeEachOthersKeySets() {
        String contoso = EmulatorTokens.fetch(client, "contoso.onmicrosoft.com");
        String fabrikam = EmulatorTokens.fetch(client, "fabrikam.onmicrosoft.com");

        createKeySet(client, contoso, "{\"id\":\"shared\"}").expectStatus().isCreated();
        createKeySet(client, fabrikam, "{\"id\":\"shared\"}").expectStatus().isCreated();

        assertGraphError(createKeySet(client, contoso, "{\"id\":\"shared\"}"), 400, "AADB2C95028");
        assertGraphError(createKeySet(client, fabrikam, "{\"id\":\"SHARED\"}"), 400, "AADB2C95028");
        assertThat(repository.find(TenantIds.resolve("contoso.onmicrosoft.com").get(), "B2C_1A_shared")).isPresent();
        assertThat(repository.find(TenantIds.resolve("northwind.onmicrosoft.com").get(), "B2C_1A_shared")).isEmpty();
    }

    @Test
    void sixtyFourConcurrentCreatesOfOneIdGiveExactlyOne201() throws Exception {
        RawGraphClient graph = RawGraphClient.forTenant(port, "race.onmicrosoft.com");
        int racers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String id = i % 2 == 0 ? "race" : "B2C_1A_RACE";
                String body = "{\"id\":\"" + id + "\",\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"racer" + i
                        + "\"}]}";
                responses.add(pool.submit(() -> {
                    start.await();
                    return graph.post("/beta/trustFramework/keySets", body);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> created = new ArrayList<>();
            int duplicates = 0;
            for (Future<HttpResponse<String>> future : responses) {
                HttpResponse<String> response = future.get();
                if (response.statusCode() == 201) {
                    created.add(response);
                }
                else if (response.statusCode() == 400 && response.body().contains("AADB2C95028")) {
                    duplicates++;
                }
            }
            assertThat(created).hasSize(1);
            assertThat(duplicates).isEqualTo(racers - 1);
            String winnerKid = JsonMapper.builder()
                .build()
                .readTree(created.get(0).body())
                .get("keys")
                .get(0)
                .get("kid")
                .asString();
            KeySet stored = repository.find(TenantIds.resolve("race.onmicrosoft.com").get(), "b2c_1a_race")
                .orElseThrow();
            assertThat(stored.keys()).singleElement().satisfies(key -> assertThat(key.kid()).isEqualTo(winnerKid));
        }
        finally {
            pool.shutdownNow();
        }
    }

}
