package dev.b2cemulator.hostile;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.store.TenantStore;
import dev.b2cemulator.support.TestPolicies;
import dev.b2cemulator.tenant.TenantIds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on the policy endpoints: seeded random mutations of valid uploads (broken
 * XML, entity bombs, external entities, deep nesting, lying encodings, hostile ids and
 * references, oversize documents) under every Content-Type, and random paths and methods.
 * Never a 5xx, every refusal in Graph's error shape, and a refused call leaves every
 * stored policy as it was. Replay with {@code -Dhostile.seed=N}.
 */
@EmulatorIntegrationTest
class HostilePolicyInputIntegrationTests {

    private static final String TENANT = "hostilepolicies.onmicrosoft.com";

    private static final String POLICIES = "/beta/trustFramework/policies";

    private static final String BASE = TestPolicies.policy(TENANT, "B2C_1A_TargetBase", null,
            "B2C_1A_TokenSigningKeyContainer");

    private static final List<String> CONTENT_TYPES = List.of("application/xml", "text/xml; charset=utf-8",
            "text/plain", "application/octet-stream", "application/json", "application/x-www-form-urlencoded",
            "application/xml; charset=utf-16", "text/xml; charset=bogus", "x/y;;=", "");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("policyStore")
    TenantStore<?> policies;

    private RawGraphClient graph;

    private HostileCalls calls;

    @BeforeEach
    void aBaseAndAChildStored() {
        graph = RawGraphClient.forTenant(port, TENANT);
        calls = new HostileCalls(graph, this::state);
        graph.post("/_emulator/reset?tenant=" + TENANT, null);
        graph.post("/beta/trustFramework/keySets", "{\"id\":\"TokenSigningKeyContainer\"}");
        assertThat(put("B2C_1A_TargetBase", BASE)).isEqualTo(201);
        assertThat(put("B2C_1A_Target", child("B2C_1A_Target"))).isEqualTo(201);
    }

    @Test
    void replaceAStoredPolicy() {
        fuzz("PUT", POLICIES + "/B2C_1A_Target/$value", child("B2C_1A_Target"));
    }

    @Test
    void uploadANewPolicy() {
        fuzz("PUT", POLICIES + "/B2C_1A_Fresh/%24value", child("B2C_1A_Fresh"));
        fuzz("POST", POLICIES, child("B2C_1A_Posted"));
    }

    @Test
    void bodiesPastTheRequestLimitAreRefusedWithoutChangingAnything() {
        String huge = BASE.replace("</TrustFrameworkPolicy>",
                "<!--" + "x".repeat(4 << 20) + "--></TrustFrameworkPolicy>");
        for (String contentType : List.of("application/xml", "text/plain", "")) {
            calls.check("PUT", POLICIES + "/B2C_1A_TargetBase/$value", contentType, huge);
            calls.check("POST", POLICIES, contentType, huge);
        }
        calls.report(HostileInputIntegrationTests.SEED);
    }

    @Test
    void pathsAndMethods() {
        Random random = new Random(HostileInputIntegrationTests.SEED);
        List<String> segments = List.of("B2C_1A_Target", "b2c_1a_targetbase", "$value", "%24VALUE", "$count",
                "('B2C_1A_Target')", "B2C_1A_", "Target", "%2e%2e", "a".repeat(3000), "'", "%C3%BC%E2%80%AE", "%25",
                "$ref", "~");
        List<String> queries = List.of("", "?$count=true", "?$count=maybe", "?$select=id", "?$select=,", "?$top=-1",
                "?$filter=id%20eq", "?&&&", "?$count=true&$count=false");
        List<String> methods = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
        for (int i = 0; i < HostileInputIntegrationTests.CASES * 2; i++) {
            StringBuilder path = new StringBuilder(POLICIES);
            for (int depth = random.nextInt(4); depth > 0; depth--) {
                path.append('/').append(segments.get(random.nextInt(segments.size())));
            }
            path.append(queries.get(random.nextInt(queries.size())));
            String method = methods.get(random.nextInt(methods.size()));
            boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
            String body = withBody ? XmlMutations.mutate(child("B2C_1A_Target"), random) : null;
            if (method.equals("DELETE")) {
                continue; // a delete that succeeds changes the state by design
            }
            calls.check(method, path.toString(), CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())), body);
        }
        calls.report(HostileInputIntegrationTests.SEED);
    }

    private void fuzz(String method, String path, String validBody) {
        Random random = new Random(HostileInputIntegrationTests.SEED ^ path.hashCode());
        for (int i = 0; i < HostileInputIntegrationTests.CASES; i++) {
            String body = random.nextInt(10) == 0 ? validBody : XmlMutations.mutate(validBody, random);
            calls.check(method, path, CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())), body);
        }
        calls.report(HostileInputIntegrationTests.SEED);
    }

    private static String child(String id) {
        return TestPolicies.policy(TENANT, id, "B2C_1A_TargetBase", "B2C_1A_TokenSigningKeyContainer");
    }

    private int put(String id, String document) {
        return graph.send("PUT", POLICIES + "/" + id + "/$value", document).statusCode();
    }

    /** Every stored policy (records: id, base and document), read from the store. */
    private Object state() {
        return policies.findPage(TenantIds.resolve(TENANT).orElseThrow(), 0, Integer.MAX_VALUE).items();
    }

}
