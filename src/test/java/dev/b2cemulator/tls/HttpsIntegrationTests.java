package dev.b2cemulator.tls;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import okhttp3.OkHttpClient;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorHttps;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.GraphSdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTPS beside HTTP with the certificate the emulator's CA issues (the CA from
 * {@code GET /_emulator/ca.pem} as the only trust), and the real Microsoft client stack
 * end to end over it: azure-identity's {@link ClientSecretCredential} against the
 * emulator as its authority, inside the Graph SDK.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.tls.enabled=true", "emulator.tls.port=0" })
class HttpsIntegrationTests {

    @Autowired
    RestTestClient client;

    @Autowired
    ServletWebServerApplicationContext context;

    int httpsPort;

    SSLContext trustingTheEmulator;

    X509TrustManager trustManager;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("emulator-data");
        registry.add("emulator.data-dir", dir::toString);
    }

    @BeforeEach
    void trustTheServedCertificate() throws Exception {
        httpsPort = EmulatorHttps.port(context);
        byte[] pem = EmulatorHttps.caPem(client);
        assertThat(new String(pem, StandardCharsets.US_ASCII)).startsWith("-----BEGIN CERTIFICATE-----");
        // tag::trust-the-emulator[]
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem));
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("emulator-ca", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        trustManager = (X509TrustManager) factory.getTrustManagers()[0];
        trustingTheEmulator = SSLContext.getInstance("TLS");
        trustingTheEmulator.init(null, factory.getTrustManagers(), null);
        // end::trust-the-emulator[]
    }

    @Test
    void httpsServesTheApplicationWithTheServedCertificateForLocalhostAnd127001() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheEmulator).build();

        for (String host : new String[] { "localhost", "127.0.0.1" }) {
            HttpResponse<String> health = https
                .send(HttpRequest.newBuilder(URI.create("https://" + host + ":" + httpsPort + "/_emulator/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        HttpResponse<String> token = https.send(HttpRequest
            .newBuilder(URI.create("https://localhost:" + httpsPort + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=a&client_secret=b"
                    + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);

        HttpClient untrusting = HttpClient.newHttpClient();
        assertThatThrownBy(() -> untrusting.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/_emulator/health")).build(),
                HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void httpsHasTheSettingsOfHttpSoALongTokenGetsGraphsAnswerNotTomcats() throws Exception {
        Connector[] connectors = ((TomcatWebServer) context.getWebServer()).getTomcat().getService().findConnectors();
        assertThat(connectors).hasSize(2);
        for (Connector connector : connectors) {
            AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();
            assertThat(protocol.getMaxThreads()).as(connector.getScheme())
                .isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
            assertThat(protocol.getMaxHttpRequestHeaderSize()).as(connector.getScheme()).isEqualTo(64 * 1024);
        }

        HttpResponse<String> answer = HttpClient.newBuilder()
            .sslContext(trustingTheEmulator)
            .build()
            .send(HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/beta/trustFramework/keySets"))
                .header("Authorization", "Bearer " + "a".repeat(12 * 1024))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"code\":\"InvalidAuthenticationToken\"");
    }

    @Test
    void azureIdentityAndTheGraphSdkWorkEndToEndOverHttps() {
        // tag::azure-identity[]
        OkHttpClient transport = new OkHttpClient.Builder()
            .sslSocketFactory(trustingTheEmulator.getSocketFactory(), trustManager)
            .build();
        ClientSecretCredential credential = new ClientSecretCredentialBuilder()
            .authorityHost("https://localhost:" + httpsPort)
            .tenantId("contoso.onmicrosoft.com")
            .clientId("deployment-pipeline")
            .clientSecret("pipeline-secret")
            .disableInstanceDiscovery()
            .httpClient(new OkHttpAsyncHttpClientBuilder(transport).build())
            .build();
        var authentication = new AzureIdentityAuthenticationProvider(credential, new String[] { "localhost" },
                "https://graph.microsoft.com/.default");
        OkHttpClient graphTransport = GraphClientFactory.create()
            .sslSocketFactory(trustingTheEmulator.getSocketFactory(), trustManager)
            .build();
        GraphServiceClient graph = new GraphServiceClient(authentication, graphTransport);
        graph.getRequestAdapter().setBaseUrl("https://localhost:" + httpsPort + "/beta");
        // end::azure-identity[]

        GraphSdk.GeneratedKey generated = GraphSdk.keySetWithGeneratedKey(graph, "IdentitySigning");

        assertThat(generated.keySetId()).isEqualTo("B2C_1A_IdentitySigning");
        assertThat(generated.key().getKty()).isEqualTo("RSA");
        assertThat(GraphSdk.activeKid(graph, generated.keySetId())).isEqualTo(generated.key().getKid());
    }

}
