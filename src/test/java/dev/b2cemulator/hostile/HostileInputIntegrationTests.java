package dev.b2cemulator.hostile;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.keyset.KeySetRepository;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.TestKeys;
import dev.b2cemulator.tenant.TenantIds;

/**
 * Property-style hostile-input tests: for every endpoint, hundreds of seeded random
 * mutations of a valid call (body, headers, path, query options). Whatever the input:
 * never a 5xx; every refusal is a 4xx in Graph's error shape; and a refused call leaves
 * the stored state exactly as it was. The seed is fixed, so every build runs the same
 * cases; {@code -Dhostile.seed=N} runs another sequence (a failure names its seed);
 * {@code -Dhostile.cases=N} for more cases per endpoint.
 */
@EmulatorIntegrationTest
class HostileInputIntegrationTests {

    static final long SEED = Long.getLong("hostile.seed", 20261208L);

    static final int CASES = Integer.getInteger("hostile.cases", 150);

    private static final String TENANT = "hostile.onmicrosoft.com";

    @Autowired
    KeySetRepository repository;

    @LocalServerPort
    int port;

    private HostileCalls calls;

    @BeforeEach
    void target() throws Exception {
        calls = new HostileCalls(RawGraphClient.forTenant(port, TENANT), this::state);
        calls.send("POST", "/beta/trustFramework/keySets", "application/json", "{\"id\":\"target\"}");
        calls.send("POST", "/beta/trustFramework/keySets/B2C_1A_target/uploadSecret", "application/json",
                "{\"use\":\"sig\",\"k\":\"s\"}");
    }

    @Test
    void create() throws Exception {
        fuzz("POST", "/beta/trustFramework/keySets",
                "{\"id\":\"fuzz\",\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"YQ\",\"nbf\":1,\"exp\":2}]}");
    }

    @Test
    void update() throws Exception {
        fuzz("PATCH", "/beta/trustFramework/keySets/B2C_1A_target",
                "{\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"Yg\"}]}");
    }

    @Test
    void keyActions() throws Exception {
        Instant now = Instant.now();
        var key = TestKeys.rsa("hostile");
        X509Certificate certificate = TestKeys.selfSigned(key, "hostile", now, now.plus(Duration.ofDays(1)));
        fuzz("POST", "/beta/trustFramework/keySets/B2C_1A_target/generateKey",
                "{\"use\":\"sig\",\"kty\":\"oct\",\"nbf\":1}");
        fuzz("POST", "/beta/trustFramework/keySets/B2C_1A_target/uploadSecret",
                "{\"use\":\"sig\",\"k\":\"abc\",\"exp\":4}");
        fuzz("POST", "/beta/trustFramework/keySets/B2C_1A_target/uploadCertificate",
                "{\"key\":\"" + TestKeys.base64Der(certificate) + "\"}");
        fuzz("POST", "/beta/trustFramework/keySets/B2C_1A_target/uploadPkcs12",
                "{\"key\":\"" + TestKeys.pkcs12(key, certificate, "pw", true) + "\",\"password\":\"pw\"}");
    }

    @Test
    void pathsMethodsAndQueryOptions() throws Exception {
        Random random = new Random(SEED);
        List<String> segments = List.of("B2C_1A_target", "$count", "keys_v2", "getActiveKey()", "generateKey",
                "microsoft.graph.getActiveKey()", "keySets('B2C_1A_target')", "%20", "%C3%BC%E2%80%AE", "%2e%2e",
                "a".repeat(3000), "'", "''", "()", "(')", "keys_v2('x')", ".bak", "-", "%25", "%7B%7D", "~");
        List<String> queries = List.of("", "?$top=-1", "?$top=abc", "?$top=99999999999", "?$skiptoken=%00",
                "?$skiptoken=YWZ0ZXI6LTE", "?$select=,", "?$top=1&$select=", "?$top=1&$select=id&$count=true",
                "?$select=keys,keys,id", "?$count=maybe", "?$filter=a%20eq", "?$expand=*", "?&&&", "?%E2%80%AE=1",
                "?$top=1&$top=2", "?=&=");
        List<String> methods = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
        for (int i = 0; i < CASES * 2; i++) {
            StringBuilder path = new StringBuilder("/beta/trustFramework/keySets");
            for (int depth = random.nextInt(4); depth > 0; depth--) {
                path.append('/').append(segments.get(random.nextInt(segments.size())));
            }
            path.append(queries.get(random.nextInt(queries.size())));
            String method = methods.get(random.nextInt(methods.size()));
            String body = method.equals("GET") || method.equals("DELETE") || method.equals("OPTIONS") ? null
                    : Mutations.mutate("{\"use\":\"sig\",\"kty\":\"oct\",\"status\":\"disabled\",\"keys\":[]}", random);
            calls.check(method, path.toString(), "application/json", body);
        }
        calls.report(SEED);
    }

    @Test
    void tokenEndpoint() throws Exception {
        Random random = new Random(SEED);
        List<String> fields = List.of("grant_type=client_credentials", "grant_type=password", "client_id=a",
                "client_id=", "client_secret=b", "scope=https%3A%2F%2Fgraph.microsoft.com%2F.default", "scope=%00",
                "resource=https%3A%2F%2Fgraph.microsoft.com", "scope=" + "x".repeat(20_000), "%ZZ=1", "=", "&&");
        for (int i = 0; i < CASES; i++) {
            List<String> form = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                form.add(fields.get(random.nextInt(fields.size())));
            }
            String tenant = List.of("contoso.onmicrosoft.com", "common", "x", "%C3%BC", "a".repeat(300))
                .get(random.nextInt(5));
            HttpResponse<String> response = sendRaw("POST", "/" + tenant + "/oauth2/v2.0/token",
                    "application/x-www-form-urlencoded", String.join("&", form));
            if (response.statusCode() >= 500) {
                calls.fail("token " + form + " -> " + response.statusCode());
            }
        }
        calls.report(SEED);
    }

    private void fuzz(String method, String path, String validBody) throws Exception {
        Random random = new Random(SEED ^ path.hashCode());
        List<String> contentTypes = List.of("application/json", "application/json", "application/json; charset=utf-8",
                "text/plain", "application/xml", "application/json; charset=utf-16", "x/y;;=", "");
        for (int i = 0; i < CASES; i++) {
            String body = random.nextInt(10) == 0 ? validBody : Mutations.mutate(validBody, random);
            calls.check(method, path, contentTypes.get(random.nextInt(contentTypes.size())), body);
        }
        calls.report(SEED);
    }

    private Object state() {
        String tenant = TenantIds.resolve(TENANT).orElseThrow();
        return repository.findPage(tenant, 0, Integer.MAX_VALUE)
            .items()
            .stream()
            .map(keySet -> keySet.id() + keySet.keys().stream().map(key -> key.kid() + key.status()).toList())
            .collect(Collectors.joining(";"));
    }

    private HttpResponse<String> sendRaw(String method, String path, String contentType, String body) {
        calls.counted();
        RawGraphClient anonymous = RawGraphClient.anonymous(port);
        return anonymous.send(anonymous.request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

}
