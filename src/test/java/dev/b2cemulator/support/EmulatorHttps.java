package dev.b2cemulator.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

}
