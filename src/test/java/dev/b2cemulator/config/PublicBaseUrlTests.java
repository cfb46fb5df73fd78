package dev.b2cemulator.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.b2cemulator.support.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request's base URL, built without a URI parser, is the one Spring's builder makes.
 */
class PublicBaseUrlTests {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest
    @CsvSource({ "http,localhost,8080,,http://localhost:8080", "http,localhost,80,,http://localhost",
            "https,graph.microsoft.com,443,,https://graph.microsoft.com",
            "https,login.microsoftonline.com,8443,,https://login.microsoftonline.com:8443",
            "http,127.0.0.1,18080,/emu,http://127.0.0.1:18080/emu", "https,[::1],8443,,https://[::1]:8443",
            "http,b2c-graph-emulator,8080,,http://b2c-graph-emulator:8080" })
    void theSameAsSpringsBuilder(String scheme, String host, int port, String contextPath, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath == null ? "" : contextPath);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        String url = new PublicBaseUrl(TestProperties.defaults()).current();

        assertThat(url).isEqualTo(expected)
            .isEqualTo(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

}
