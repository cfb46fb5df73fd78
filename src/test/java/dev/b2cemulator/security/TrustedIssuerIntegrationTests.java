package dev.b2cemulator.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.TestKeys;
import dev.b2cemulator.support.TestTokens;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.createKeySet;
import static dev.b2cemulator.support.TestTokens.READ_WRITE;
import static dev.b2cemulator.support.TestTokens.TENANT_A;

/**
 * {@code EMULATOR_TRUSTED_ISSUERS}: tokens of another issuer (a tiny OIDC provider on
 * loopback, serving a discovery document and its JWKS) are checked against that issuer's
 * keys.
 */
@EmulatorIntegrationTest
class TrustedIssuerIntegrationTests {

    private static final RSAKey ISSUER_KEY = TestKeys.rsa("external-issuer");

    private static final HttpServer ISSUER = start();

    private static final String ISSUER_URL = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/tenant/v2.0";

    @Autowired
    RestTestClient client;

    @DynamicPropertySource
    static void trustIssuer(DynamicPropertyRegistry registry) {
        registry.add("emulator.trusted-issuers", () -> ISSUER_URL);
    }

    @AfterAll
    static void stop() {
        ISSUER.stop(0);
    }

    @Test
    void aTokenOfATrustedIssuerIsAccepted() {
        String token = TestTokens.sign(ISSUER_KEY,
                TestTokens.graphClaims(TENANT_A, List.of(READ_WRITE)).issuer(ISSUER_URL).build());

        create(token).expectStatus().isCreated();
    }

    @Test
    void theIssuersKeyDoesNotWorkUnderAnotherIssuerName() {
        String token = TestTokens.sign(ISSUER_KEY,
                TestTokens.graphClaims(TENANT_A, List.of(READ_WRITE)).issuer("http://127.0.0.1/untrusted").build());

        assertGraphError(create(token), 401, "InvalidAuthenticationToken");
    }

    private RestTestClient.ResponseSpec create(String token) {
        return createKeySet(client, token, "{\"id\":\"external\"}");
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/tenant/v2.0/.well-known/openid-configuration",
                    exchange -> respond(exchange, "{\"issuer\":\"" + base + "/tenant/v2.0\",\"jwks_uri\":\"" + base
                            + "/tenant/keys\",\"subject_types_supported\":[\"public\"]}"));
            server.createContext("/tenant/keys",
                    exchange -> respond(exchange, new JWKSet(ISSUER_KEY.toPublicJWK()).toString()));
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

}
