package dev.b2cemulator.secrets;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import dev.b2cemulator.support.AccessLogOutput;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorTokens;
import dev.b2cemulator.support.GraphCalls;
import dev.b2cemulator.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full flow — every operation, every kind of error — with DEBUG logging on for the
 * emulator, Spring MVC and Spring Security, and then none of the private values it sent
 * is anywhere in the log.
 */
@EmulatorIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "logging.level.dev.b2cemulator=DEBUG", "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.security=DEBUG", "emulator.admin-token=admin-token-value-7f3a",
        // The test's own HTTP client (same JVM) would log what it sends; the emulator's
        // log is what is checked.
        "logging.level.org.springframework.web.client=INFO" })
class SecretsStaySecretIntegrationTests {

    private static final RSAKey KEY = TestKeys.rsa("secrets-flow");

    @Autowired
    RestTestClient client;

    @Test
    void noPrivateValueReachesTheLog(CapturedOutput output) {
        String clientSecret = "client-secret-value-9b1c";
        String token = EmulatorTokens.fetch(client, "secrets.onmicrosoft.com", "app", clientSecret);
        basicAuthToken("app", "basic-secret-value-4e2d");
        GraphCalls graph = new GraphCalls(client, token);
        Instant now = Instant.now();
        X509Certificate certificate = TestKeys.selfSigned(KEY, "secrets", now, now.plus(Duration.ofDays(1)));
        String pfxPassword = "pfx-password-value-c81e";
        String pfx = TestKeys.pkcs12(KEY, certificate, pfxPassword, true);
        String octSecret = "b2N0LXNlY3JldC12YWx1ZS0zM2Fm";
        String uploadedSecret = "uploaded-secret-value-77de";
        String unquotedSecret = "unquotedSecretValue5a0b";

        graph
            .post("/beta/trustFramework/keySets",
                    "{\"id\":\"rsa\",\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"n\":\"" + KEY.getModulus()
                            + "\",\"e\":\"AQAB\",\"d\":\"" + KEY.getPrivateExponent() + "\",\"p\":\""
                            + KEY.getFirstPrimeFactor() + "\",\"q\":\"" + KEY.getSecondPrimeFactor() + "\",\"dp\":\""
                            + KEY.getFirstFactorCRTExponent() + "\",\"dq\":\"" + KEY.getSecondFactorCRTExponent()
                            + "\",\"qi\":\"" + KEY.getFirstCRTCoefficient() + "\"}]}")
            .expectStatus()
            .isCreated();
        graph
            .post("/beta/trustFramework/keySets",
                    "{\"id\":\"oct\",\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"" + octSecret + "\"}]}")
            .expectStatus()
            .isCreated();
        graph
            .post("/beta/trustFramework/keySets/B2C_1A_oct/uploadSecret",
                    "{\"use\":\"sig\",\"k\":\"" + uploadedSecret + "\"}")
            .expectStatus()
            .isOk();
        graph
            .call(HttpMethod.PUT, "/beta/trustFramework/keySets/B2C_1A_oct",
                    "{\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":\"" + octSecret + "\"}]}")
            .expectStatus()
            .isOk();
        graph.post("/beta/trustFramework/keySets", "{\"id\":\"pfx\"}").expectStatus().isCreated();
        graph
            .post("/beta/trustFramework/keySets/B2C_1A_pfx/uploadPkcs12",
                    "{\"key\":\"" + pfx + "\",\"password\":\"" + pfxPassword + "\"}")
            .expectStatus()
            .isOk();
        graph.post("/beta/trustFramework/keySets/B2C_1A_pfx/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}")
            .expectStatus()
            .isOk();
        graph.get("/beta/trustFramework/keySets").expectStatus().isOk();
        graph.get("/beta/trustFramework/keySets/B2C_1A_pfx/getActiveKey()").expectStatus().isOk();
        graph.get("/beta/trustFramework/keySets/B2C_1A_pfx/keys_v2").expectStatus().isOk();
        graph.call(HttpMethod.DELETE, "/beta/trustFramework/keySets/B2C_1A_pfx", null).expectStatus().isNoContent();

        // errors that carry the secrets
        graph
            .post("/beta/trustFramework/keySets",
                    "{\"id\":\"bad\",\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":" + unquotedSecret + "}]}")
            .expectStatus()
            .isBadRequest();
        graph
            .post("/beta/trustFramework/keySets/B2C_1A_oct/uploadPkcs12",
                    "{\"key\":\"" + pfx + "\",\"password\":\"" + pfxPassword + "-wrong\"}")
            .expectStatus()
            .isBadRequest();
        graph
            .post("/beta/trustFramework/keySets",
                    "{\"id\":\"mixed\",\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"n\":\""
                            + TestKeys.rsa("secrets-other").getModulus() + "\",\"e\":\"AQAB\",\"d\":\""
                            + KEY.getPrivateExponent() + "\"}]}")
            .expectStatus()
            .isBadRequest();
        graph
            .post("/beta/trustFramework/keySets",
                    "{\"id\":\"k-type\",\"keys\":[{\"kty\":\"oct\",\"use\":\"sig\",\"k\":{\"x\":\"" + octSecret
                            + "\"}}]}")
            .expectStatus()
            .isBadRequest();
        graph
            .post("/beta/trustFramework/keySets/B2C_1A_missing/uploadSecret",
                    "{\"use\":\"sig\",\"k\":\"" + uploadedSecret + "\"}")
            .expectStatus()
            .isBadRequest();
        client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/v2.0/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("grant_type=client_credentials&client_id=x&client_secret=" + clientSecret + "&%ZZ=" + clientSecret)
            .exchange()
            .expectStatus()
            .isBadRequest();
        client.get()
            .uri("/_emulator/requests")
            .header(HttpHeaders.AUTHORIZATION, "Bearer admin-token-value-7f3a")
            .exchange()
            .expectStatus()
            .isOk();
        String lastRequestId = client.get()
            .uri("/_emulator/requests")
            .header(HttpHeaders.AUTHORIZATION, "Bearer admin-token-value-7f3a-wrong")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .returnResult()
            .getResponseHeaders()
            .getFirst("request-id");

        String log = AccessLogOutput.through(output, lastRequestId);
        assertThat(log).as("the flow was logged at DEBUG").contains("dev.b2cemulator.access");
        for (String secret : List.of(clientSecret, "basic-secret-value-4e2d", pfxPassword, octSecret, uploadedSecret,
                unquotedSecret, KEY.getPrivateExponent().toString(), KEY.getFirstPrimeFactor().toString(),
                KEY.getSecondPrimeFactor().toString(), KEY.getFirstCRTCoefficient().toString(), token.split("\\.")[2],
                "admin-token-value-7f3a", pfx.substring(0, 40))) {
            assertThat(log).as("the log holds no private value").doesNotContain(secret);
        }
    }

    private void basicAuthToken(String id, String secret) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("scope", "https://graph.microsoft.com/.default");
        client.post()
            .uri("/contoso.onmicrosoft.com/oauth2/v2.0/token")
            .header(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes()))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .exchange()
            .expectStatus()
            .isOk();
    }

}
