package dev.b2cemulator.aot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.b2cemulator.support.EmulatorHttps;
import dev.b2cemulator.support.EmulatorProcess;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as the image starts it: {@code -Dspring.aot.enabled=true}, the
 * bean definitions generated at build. Settings read at start still decide (HTTPS on, a
 * data dir), and the Graph flow of a pipeline works: token, keyset, generateKey, a policy
 * referencing it, health and the probes.
 */
class AotModeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private Process emulator;

    @AfterEach
    void stop() throws InterruptedException {
        EmulatorProcess.stop(emulator);
    }

    @Test
    void theAotProcessedJarServesGraphAndHttpsWithSettingsReadAtStart() throws Exception {
        int port = EmulatorProcess.freePort();
        int httpsPort = EmulatorProcess.freePort();
        Path output = dir.resolve("emulator.out");
        emulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-jar", System.getProperty("emulator.jar"), "--server.port=" + port,
                "--emulator.data-dir=" + dir.resolve("data"), "--emulator.tls.enabled=true",
                "--emulator.tls.port=" + httpsPort)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
        EmulatorProcess.awaitHealthy(emulator, port, output);
        assertThat(Files.readString(output)).contains("Starting AOT-processed")
            .doesNotContain("is not eligible for getting processed by all BeanPostProcessors");

        RawGraphClient graph = RawGraphClient.forTenant(port, "contoso.onmicrosoft.com");
        assertThat(graph.post("/beta/trustFramework/keySets", "{\"id\":\"AotSigning\"}").statusCode()).isEqualTo(201);
        assertThat(graph
            .post("/beta/trustFramework/keySets/B2C_1A_AotSigning/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}")
            .statusCode()).isEqualTo(200);
        String policy = TestPolicies.policy("contoso.onmicrosoft.com", "B2C_1A_AotBase", null, "B2C_1A_AotSigning");
        HttpResponse<String> upload = graph.send("PUT", "/beta/trustFramework/policies/B2C_1A_AotBase/$value", policy);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(graph.get("/beta/trustFramework/policies/B2C_1A_AotBase").statusCode()).isEqualTo(200);
        assertThat(get("http://127.0.0.1:" + port + "/actuator/health/readiness", HTTP).statusCode()).isEqualTo(200);

        HttpResponse<String> ca = get("http://127.0.0.1:" + port + "/_emulator/ca.pem", HTTP);
        assertThat(ca.statusCode()).isEqualTo(200);
        HttpClient https = HttpClient.newBuilder().sslContext(trusting(ca.body())).build();
        assertThat(get("https://localhost:" + httpsPort + "/_emulator/health", https).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String url, HttpClient client) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trusting(String pem) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, EmulatorHttps.trustingOnly(pem).getTrustManagers(), null);
        return context;
    }

}
