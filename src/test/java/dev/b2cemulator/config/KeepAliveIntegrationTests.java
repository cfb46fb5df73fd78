package dev.b2cemulator.config;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.support.EmulatorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One connection serves every request a client sends on it, as Graph's does: Tomcat's
 * default closed it after the 100th answer.
 */
@EmulatorIntegrationTest
class KeepAliveIntegrationTests {

    private static final int REQUESTS = 250;

    @LocalServerPort
    int port;

    @Test
    void aConnectionStaysOpenPastAHundredRequests() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 1; i <= REQUESTS; i++) {
                out.write("GET /_emulator/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(in);
                assertThat(head).as("answer %d", i).startsWith("HTTP/1.1 200");
                assertThat(head.toLowerCase(Locale.ROOT)).as("answer %d", i).doesNotContain("connection: close");
                skipBody(in, head.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            assertThat(next).as("the connection was closed").isNotNegative();
            head.write(next);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Reads past the body, sent with its length or in chunks. */
    private static void skipBody(InputStream in, String head) throws IOException {
        for (String line : head.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).strip()));
                return;
            }
        }
        assertThat(head).contains("transfer-encoding: chunked");
        int size;
        do {
            size = Integer.parseInt(readLine(in), 16);
            in.readNBytes(size);
            assertThat(readLine(in)).isEmpty();
        }
        while (size > 0);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            assertThat(next).as("the connection was closed").isNotNegative();
            line.append((char) next);
        }
        return line.toString().strip();
    }

}
