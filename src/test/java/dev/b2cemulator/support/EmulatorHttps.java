package dev.b2cemulator.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;

import javax.net.ssl.TrustManagerFactory;

import org.apache.catalina.connector.Connector;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The HTTPS side of an emulator started with {@code emulator.tls.port=0}. */
public final class EmulatorHttps {

    private EmulatorHttps() {
    }

    /** The port the HTTPS connector was given. */
    public static int port(ServletWebServerApplicationContext context) {
        return Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getService().findConnectors())
            .filter(connector -> "https".equals(connector.getScheme()))
            .mapToInt(Connector::getLocalPort)
            .findFirst()
            .orElseThrow();
    }

    /** {@code GET /_emulator/ca.pem}: the emulator's CA, what a client trusts. */
    public static byte[] caPem(RestTestClient client) {
        return client.get()
            .uri("/_emulator/ca.pem")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBodyContent();
    }

    public static String caPemText(RestTestClient client) {
        return new String(caPem(client), StandardCharsets.US_ASCII);
    }

    /** Trust managers that trust the emulator's CA (a PEM) and nothing else. */
    public static TrustManagerFactory trustingOnly(String caPem) throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("emulator-ca", CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory;
    }

}
