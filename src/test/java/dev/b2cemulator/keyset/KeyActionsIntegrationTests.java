package dev.b2cemulator.keyset;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;
import dev.b2cemulator.support.TestKeys;

import static dev.b2cemulator.support.GraphAssertions.assertGraphError;
import static dev.b2cemulator.support.GraphCalls.keySet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * generateKey, uploadSecret, uploadCertificate, uploadPkcs12 and the set rules
 * (docs/API.md, keys).
 */
@EmulatorIntegrationTest
class KeyActionsIntegrationTests {

    private static final RSAKey CERT_KEY = TestKeys.rsa("upload-certificate");

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    GraphCalls graph;

    @BeforeEach
    void token() {
        graph = new GraphCalls(client, EmulatorTokens.fetch(client, "keys.onmicrosoft.com"));
    }

    @Test
    void generateKeyMakesAFreshRsaKeyPairAndReturnsOnlyItsPublicPart() {
        String set = graph.createEmpty("generated-rsa");

        JsonNode key = graph.json(HttpMethod.POST, keySet(set) + "/generateKey", "{\"use\":\"sig\",\"kty\":\"rsa\"}",
                200);

        assertThat(key.get("@odata.context").asString())
            .isEqualTo("http://localhost:" + port + "/beta/$metadata#microsoft.graph.trustFrameworkKey");
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("e").asString()).isEqualTo("AQAB");
        assertThat(Base64.getUrlDecoder().decode(key.get("n").asString())).hasSizeGreaterThanOrEqualTo(256);
        assertThat(key.get("kid").asString()).hasSize(43);
        assertThat(key.get("nbf").isNull()).as("unset nbf stays unset").isTrue();
        assertThat(key.get("exp").isNull()).isTrue();
        assertThat(key.get("d").isNull()).isTrue();
        assertThat(key.get("status").asString()).isEqualTo("enabled");
        assertThat(graph.json(HttpMethod.GET, keySet(set), null, 200).get("keys").get(0).get("kid"))
            .isEqualTo(key.get("kid"));
    }

    @Test
    void generateKeyOctKeepsTheSecretAndTheLifetime() {
        String set = graph.createEmpty("generated-oct");

        JsonNode key = graph.json(HttpMethod.POST, keySet(set) + "/generateKey",
                "{\"use\":\"enc\",\"kty\":\"OCT\",\"nbf\":1508969811,\"exp\":4132148146}", 200);

        assertThat(key.get("kty").asString()).isEqualTo("oct");
        assertThat(key.get("k").isNull()).isTrue();
        assertThat(key.get("n").isNull()).isTrue();
        assertThat(key.get("nbf").asLong()).isEqualTo(1508969811L);
        assertThat(key.get("exp").asLong()).isEqualTo(4132148146L);
    }

    @Test
    void generateKeyRefusals() {
        String set = graph.createEmpty("generated-refusals");
        graph.post(keySet(set) + "/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}").expectStatus().isOk();

        assertGraphError(graph.post(keySet(set) + "/generateKey", "{\"kty\":\"RSA\"}"), 400, "AADB2C90253");
        assertGraphError(graph.post(keySet(set) + "/generateKey", "{\"use\":\"sig\",\"kty\":\"EC\"}"), 400,
                "AADB2C95031");
        assertGraphError(graph.post(keySet(set) + "/generateKey", "{\"use\":\"sig\",\"kty\":\"oct\"}"), 400,
                "AADB2C95032");
        assertGraphError(graph.post(keySet(set) + "/generateKey", "{\"use\":\"enc\",\"kty\":\"RSA\"}"), 400,
                "AADB2C95042");
        assertGraphError(
                graph.post(keySet(set) + "/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\",\"nbf\":10,\"exp\":5}"), 400,
                "AADB2C95026");
        assertThat(graph.json(HttpMethod.GET, keySet(set), null, 200).get("keys")).hasSize(1);
    }

    @Test
    void uploadSecretStoresAnyStringWithoutEchoingIt() {
        String set = graph.createEmpty("FacebookSecret");

        String raw = new String(graph
            .post(keySet(set) + "/uploadSecret",
                    "{\"use\":\"sig\",\"k\":\"not base64 at all!\",\"nbf\":1607626546,\"exp\":4132148146}")
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.kty")
            .isEqualTo("oct")
            .jsonPath("$.exp")
            .isEqualTo(4132148146L)
            .jsonPath("$.k")
            .isEmpty()
            .returnResult()
            .getResponseBodyContent());

        assertThat(raw).doesNotContain("not base64 at all!");
        assertGraphError(graph.post(keySet(set) + "/uploadSecret", "{\"use\":\"sig\"}"), 400, "AADB2C90253");
        assertGraphError(graph.post(keySet(set) + "/uploadSecret", "{\"use\":\"verify\",\"k\":\"x\"}"), 400,
                "AADB2C95033");
    }

    @Test
    void uploadCertificateTakesBase64DerAndPem() {
        Instant notBefore = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = notBefore.plus(Duration.ofDays(365));
        X509Certificate certificate = TestKeys.selfSigned(CERT_KEY, "saml-signing", notBefore, notAfter);
        String set = graph.createEmpty("saml-signing");

        JsonNode key = graph.json(HttpMethod.POST, keySet(set) + "/uploadCertificate",
                "{\"key\":\"" + TestKeys.base64Der(certificate) + "\"}", 200);

        assertThat(key.get("x5t").asString()).isEqualTo(TestKeys.x5t(certificate));
        assertThat(key.get("kid").asString()).isEqualTo(TestKeys.x5t(certificate));
        assertThat(key.get("x5c").get(0).asString()).isEqualTo(TestKeys.base64Der(certificate));
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.get("n").asString()).isEqualTo(CERT_KEY.getModulus().toString());
        assertThat(key.get("nbf").asLong()).isEqualTo(notBefore.getEpochSecond());
        assertThat(key.get("exp").asLong()).isEqualTo(notAfter.getEpochSecond());

        String pem = "-----BEGIN CERTIFICATE-----\\n" + TestKeys.base64Der(certificate)
                + "\\n-----END CERTIFICATE-----\\n";
        String pemSet = graph.createEmpty("saml-signing-pem");
        assertThat(graph.json(HttpMethod.POST, keySet(pemSet) + "/uploadCertificate", "{\"key\":\"" + pem + "\"}", 200)
            .get("x5t")
            .asString()).isEqualTo(TestKeys.x5t(certificate));
    }

    @Test
    void uploadCertificateRefusals() {
        String set = graph.createEmpty("bad-certificates");

        assertGraphError(graph.post(keySet(set) + "/uploadCertificate", "{}"), 400, "AADB2C90253");
        assertGraphError(graph.post(keySet(set) + "/uploadCertificate", "{\"key\":\"bm90IGEgY2VydA==\"}"), 400,
                "AADB2C95026");
        assertGraphError(graph.post(keySet(set) + "/uploadCertificate",
                "{\"key\":\"" + TestKeys.base64Der(TestKeys.ecCertificate()) + "\"}"), 400, "AADB2C95026")
            .jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains("EC").contains("RSA"));
        assertGraphError(graph.post(keySet(set) + "/uploadCertificate", "{\"key\":\"%%%\"}"), 400, "AADB2C95026");
    }

    @Test
    void uploadPkcs12TakesTheKeyPairAndNeverReturnsThePrivatePart() {
        Instant now = Instant.now();
        X509Certificate certificate = TestKeys.selfSigned(CERT_KEY, "rest-client", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
        String pfx = TestKeys.pkcs12(CERT_KEY, certificate, "Pa55word!", true);
        String set = graph.createEmpty("rest-client-cert");

        String raw = new String(
                graph.post(keySet(set) + "/uploadPkcs12", "{\"key\":\"" + pfx + "\",\"password\":\"Pa55word!\"}")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.x5t")
                    .isEqualTo(TestKeys.x5t(certificate))
                    .jsonPath("$.kty")
                    .isEqualTo("RSA")
                    .jsonPath("$.d")
                    .isEmpty()
                    .returnResult()
                    .getResponseBodyContent());

        assertThat(raw).doesNotContain(CERT_KEY.getPrivateExponent().toString()).doesNotContain("Pa55word!");
    }

    @Test
    void uploadPkcs12Refusals() {
        Instant now = Instant.now();
        X509Certificate certificate = TestKeys.selfSigned(CERT_KEY, "pfx", now, now.plus(Duration.ofDays(30)));
        String set = graph.createEmpty("bad-pfx");
        String path = keySet(set) + "/uploadPkcs12";

        assertGraphError(graph.post(path,
                "{\"key\":\"" + TestKeys.pkcs12(CERT_KEY, certificate, "right", true) + "\",\"password\":\"wrong\"}"),
                400, "AADB2C90213")
            .jsonPath("$.error.message")
            .isEqualTo("The certificate password provided in request is incorrect.");
        assertGraphError(graph.post(path,
                "{\"key\":\"" + TestKeys.pkcs12(CERT_KEY, certificate, "pw", false) + "\",\"password\":\"pw\"}"), 400,
                "AADB2C95026")
            .jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains("no private key"));
        assertGraphError(
                graph.post(path,
                        "{\"key\":\"" + TestKeys.pkcs12WithoutCertificate(CERT_KEY, "pw") + "\",\"password\":\"pw\"}"),
                400, "AADB2C95026")
            .jsonPath("$.error.message")
            .value(String.class, message -> assertThat(message).contains("no certificate"));
        assertGraphError(graph.post(path, "{\"key\":\"bm90IGEgcGZ4\",\"password\":\"pw\"}"), 400, "AADB2C95026");
        assertGraphError(graph.post(path, "{\"key\":\"bm90IGEgcGZ4\"}"), 400, "AADB2C90253");
        assertThat(graph.json(HttpMethod.GET, keySet(set), null, 200).get("keys")).isEmpty();
    }

    @Test
    void aSetHoldsAtMost100Keys() {
        String set = graph.createEmpty("full");
        for (int i = 0; i < 100; i++) {
            graph.post(keySet(set) + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"secret-" + i + "\"}")
                .expectStatus()
                .isOk();
        }

        assertGraphError(graph.post(keySet(set) + "/uploadSecret", "{\"use\":\"sig\",\"k\":\"one too many\"}"), 400,
                "AADB2C")
            .jsonPath("$.error.message")
            .isEqualTo("A key set can hold at most 100 keys.");
        assertThat(graph.json(HttpMethod.GET, keySet(set), null, 200).get("keys")).hasSize(100);
    }

}
