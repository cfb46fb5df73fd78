package dev.b2cemulator.error;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.EmulatorSigningKey;
import dev.b2cemulator.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request lines that Tomcat or Spring Security's firewall refuse before any controller
 * runs still get Graph's JSON error, never an HTML page or a stack trace. Sent over a raw
 * socket: HTTP clients refuse to send such URLs at all.
 */
@EmulatorIntegrationTest
class MalformedRequestIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "/beta/trustFramework/keySets/%2F", "/beta/%ZZ", "/beta/%00", "/beta/{}",
            "/beta//trustFramework/keySets", "/beta/trustFramework/keySets;jsessionid=1", "/beta/..;/x",
            "GET /beta/trustFramework/keySets?%ZZ=1", "GET /beta/trustFramework/keySets?$top=%ZZ",
            "/contoso.onmicrosoft.com/oauth2/v2.0/token?%ZZ=1" })
    void malformedPathsAre400InGraphShape(String request) throws IOException {
        String method = request.startsWith("GET ") ? "GET" : "POST";
        String path = request.startsWith("GET ") ? request.substring(4) : request;
        String token = TestTokens.sign(EmulatorSigningKey.KEY,
                TestTokens.graphClaims(TestTokens.TENANT_A, List.of(TestTokens.READ_WRITE)).build());
        String response = send(
                method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + token + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response.toLowerCase()).contains("content-type: application/json").contains("request-id: ");
        assertThat(response).containsPattern("\\{\"error\":(\\{\"code\":\"BadRequest\"|\"invalid_request\")")
            .doesNotContain("<html")
            .doesNotContain("at org.");
    }

    /**
     * A C1 control character (byte 0x85, which HTTP lets through as obs-text) in a header
     * the application reads: the firewall refuses it, in Graph's shape.
     */
    @Test
    void aControlCharacterInAHeaderIs400InGraphShape() throws IOException {
        String response = send("GET /beta/trustFramework/keySets HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer a\u0085b\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("{\"error\":{\"code\":\"BadRequest\"").doesNotContain("at org.");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
