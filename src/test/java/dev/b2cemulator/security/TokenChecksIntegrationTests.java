package dev.b2cemulator.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorSigningKey;
import dev.b2cemulator.support.GraphCalls;
import dev.b2cemulator.support.TestKeys;
import dev.b2cemulator.support.TestTokens;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.createKeySet;
import static dev.b2cemulator.support.TestTokens.READ;
import static dev.b2cemulator.support.TestTokens.READ_WRITE;
import static dev.b2cemulator.support.TestTokens.TENANT_A;
import static dev.b2cemulator.support.TestTokens.graphClaims;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token attack corpus: every 401 and 403 (docs/API.md, token checks) and the classic
 * JWT attacks (kid pointing nowhere, crit, embedded jwk, jku/x5u never fetched, wrong
 * typ, oversize, another tenant's token), over real HTTP.
 */
@EmulatorIntegrationTest
class TokenChecksIntegrationTests {

    @Autowired
    RestTestClient client;

    static Stream<Arguments> rejectedTokens() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("expired",
                        (Supplier<String>) () -> emulatorSigned(graphClaims(TENANT_A, List.of(READ_WRITE))
                            .issueTime(Date.from(now.minus(Duration.ofHours(2))))
                            .notBeforeTime(Date.from(now.minus(Duration.ofHours(2))))
                            .expirationTime(Date.from(now.minus(Duration.ofHours(1))))
                            .build()),
                        "the token is expired"),
                Arguments.of("not yet valid",
                        (Supplier<String>) () -> emulatorSigned(graphClaims(TENANT_A, List.of(READ_WRITE))
                            .notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                            .build()),
                        "not yet valid"),
                Arguments.of("wrong audience",
                        (Supplier<String>) () -> emulatorSigned(
                                graphClaims(TENANT_A, List.of(READ_WRITE)).audience("api://someone-else").build()),
                        "Invalid audience"),
                Arguments.of("no tenant",
                        (Supplier<String>) () -> emulatorSigned(
                                graphClaims(TENANT_A, List.of(READ_WRITE)).claim("tid", null).build()),
                        "'tid'"),
                Arguments.of("other signer",
                        (Supplier<String>) () -> TestTokens.sign(TestKeys.rsa("intruder"),
                                graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "not signed by this emulator's key"),
                Arguments.of("alg none",
                        (Supplier<String>) () -> TestTokens
                            .unsigned(graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "alg 'none'"),
                Arguments.of("HMAC keyed with the public key",
                        (Supplier<String>) () -> TestTokens.hmacWithPublicKey(EmulatorSigningKey.KEY,
                                graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "'HS256' is not accepted"),
                Arguments.of("not a JWT", (Supplier<String>) () -> "definitely.not.ajwt", "not a well-formed JWT"),
                Arguments.of("tampered payload", (Supplier<String>) () -> {
                    String[] parts = emulatorSigned(graphClaims(TENANT_A, List.of(READ)).build()).split("\\.");
                    String forged = emulatorSigned(graphClaims(TENANT_A, List.of(READ_WRITE)).build()).split("\\.")[1];
                    return parts[0] + "." + forged + "." + parts[2];
                }, "signature validation failed"),
                Arguments.of("kid pointing nowhere",
                        (Supplier<String>) () -> TestTokens.sign(EmulatorSigningKey.KEY,
                                header().keyID("no-such-key").build(),
                                graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "signature validation failed"),
                Arguments.of("unknown crit header",
                        (Supplier<String>) () -> TestTokens.sign(EmulatorSigningKey.KEY,
                                header().criticalParams(Set.of("urn:attack:must-understand"))
                                    .customParam("urn:attack:must-understand", true)
                                    .build(),
                                graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "signature validation failed"),
                Arguments.of("embedded jwk of the signer",
                        (Supplier<String>) () -> TestTokens.sign(ATTACKER,
                                header().keyID(ATTACKER.getKeyID()).jwk(ATTACKER.toPublicJWK()).build(),
                                graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "signature validation failed"),
                Arguments.of("wrong typ",
                        (Supplier<String>) () -> TestTokens.sign(EmulatorSigningKey.KEY,
                                header().type(new JOSEObjectType("secevent+jwt")).build(),
                                graphClaims(TENANT_A, List.of(READ_WRITE)).build()),
                        "'typ'"),
                Arguments.of("over 16 KiB", (Supplier<String>) () -> emulatorSigned(
                        graphClaims(TENANT_A, List.of(READ_WRITE)).claim("padding", "x".repeat(17 * 1024)).build()),
                        "larger than 16384 bytes"));
    }

    private static final RSAKey ATTACKER = TestKeys.rsa("attacker");

    private static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(EmulatorSigningKey.KEY.getKeyID());
    }

    /**
     * jku and x5u point at a server the attacker runs; the emulator must never fetch
     * them.
     */
    @Test
    void jkuAndX5uHeadersAreIgnoredAndNeverFetched() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] jwks = new JWKSet(ATTACKER.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        attacker.start();
        try {
            URI where = URI.create("http://127.0.0.1:" + attacker.getAddress().getPort() + "/keys");
            String withJku = TestTokens.sign(ATTACKER, header().keyID(ATTACKER.getKeyID()).jwkURL(where).build(),
                    graphClaims(TENANT_A, List.of(READ_WRITE)).build());
            String withX5u = TestTokens.sign(ATTACKER, header().keyID(ATTACKER.getKeyID()).x509CertURL(where).build(),
                    graphClaims(TENANT_A, List.of(READ_WRITE)).build());

            assertGraphError(create(withJku), 401, "InvalidAuthenticationToken");
            assertGraphError(create(withX5u), 401, "InvalidAuthenticationToken");
            assertThat(fetches.get()).isZero();
        }
        finally {
            attacker.stop(0);
        }
    }

    @Test
    void aValidTokenOfAnotherTenantFindsNothingOfThisTenant() {
        String mine = emulatorSigned(graphClaims(TENANT_A, List.of(READ_WRITE)).build());
        String theirs = emulatorSigned(
                graphClaims("22222222-2222-2222-2222-222222222222", List.of(READ_WRITE)).build());
        create(mine, "{\"id\":\"private-to-a\"}").expectStatus().isCreated();

        GraphCalls them = new GraphCalls(client, theirs);
        assertGraphError(them.get("/beta/trustFramework/keySets/B2C_1A_private-to-a"), 400, "AADB2C90073");
        them.get("/beta/trustFramework/keySets")
            .expectBody()
            .jsonPath("$.value[?(@.id == 'B2C_1A_private-to-a')]")
            .doesNotExist();
        assertGraphError(them.call(org.springframework.http.HttpMethod.DELETE,
                "/beta/trustFramework/keySets/B2C_1A_private-to-a", null), 400, "AADB2C90073");
        new GraphCalls(client, mine).get("/beta/trustFramework/keySets/B2C_1A_private-to-a").expectStatus().isOk();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void rejectedTokensAre401NamingTheFailedCheck(String name, Supplier<String> token, String messagePart) {
        RestTestClient.ResponseSpec response = create(token.get());

        response.expectHeader()
            .value(HttpHeaders.WWW_AUTHENTICATE,
                    challenge -> assertThat(challenge).startsWith("Bearer ").contains("error=\"invalid_token\""));
        assertGraphError(response, 401, "InvalidAuthenticationToken").jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains(messagePart));
    }

    @Test
    void noTokenIs401AccessTokenIsEmpty() {
        RestTestClient.ResponseSpec response = createKeySet(client, null, "{\"id\":\"x\"}");

        response.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"));
        assertGraphError(response, 401, "InvalidAuthenticationToken").jsonPath("$.error.message")
            .isEqualTo("Access token is empty.");
    }

    @Test
    void aTokenWithoutTheRoleIs403() {
        assertForbidden(create(emulatorSigned(graphClaims(TENANT_A, List.of("User.Read.All")).build())));
        assertForbidden(create(emulatorSigned(graphClaims(TENANT_A, List.of()).build())));
    }

    @Test
    void readAllIsNotEnoughToWrite() {
        assertForbidden(create(emulatorSigned(graphClaims(TENANT_A, List.of(READ)).build())));
        assertForbidden(
                create(emulatorSigned(graphClaims(TENANT_A, List.of()).claim("scp", "User.Read " + READ).build())));
    }

    @Test
    void delegatedScopeAndOtherRsaAlgorithmsAreAccepted() {
        create(emulatorSigned(
                graphClaims(TENANT_A, List.of()).claim("roles", null).claim("scp", "User.Read " + READ_WRITE).build()),
                "{\"id\":\"delegated\"}")
            .expectStatus()
            .isCreated();
        create(TestTokens.sign(EmulatorSigningKey.KEY, JWSAlgorithm.PS256,
                graphClaims(TENANT_A, List.of(READ_WRITE)).build()), "{\"id\":\"ps256\"}")
            .expectStatus()
            .isCreated();
        create(TestTokens.sign(EmulatorSigningKey.KEY, JWSAlgorithm.RS512,
                graphClaims(TENANT_A, List.of(READ_WRITE)).audience("00000003-0000-0000-c000-000000000000").build()),
                "{\"id\":\"rs512\"}")
            .expectStatus()
            .isCreated();
    }

    private void assertForbidden(RestTestClient.ResponseSpec response) {
        assertGraphError(response, 403, "Authorization_RequestDenied").jsonPath("$.error.message")
            .isEqualTo("Insufficient privileges to complete the operation.");
    }

    private RestTestClient.ResponseSpec create(String token) {
        return createKeySet(client, token, "{}");
    }

    private RestTestClient.ResponseSpec create(String token, String body) {
        return createKeySet(client, token, body);
    }

    private static String emulatorSigned(JWTClaimsSet claims) {
        return TestTokens.sign(EmulatorSigningKey.KEY, claims);
    }

}
