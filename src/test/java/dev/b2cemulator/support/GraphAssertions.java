package dev.b2cemulator.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The checks every Graph error must pass, whatever its code: shape, headers, content
 * type.
 */
public final class GraphAssertions {

    private GraphAssertions() {
    }

    public static RestTestClient.BodyContentSpec assertGraphError(RestTestClient.ResponseSpec response, int status,
            String code) {
        return response.expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .expectHeader()
            .exists("request-id")
            .expectHeader()
            .exists("client-request-id")
            .expectBody()
            .jsonPath("$.error.code")
            .isEqualTo(code)
            .jsonPath("$.error.message")
            .isNotEmpty()
            .jsonPath("$.error.innerError.date")
            .value(String.class,
                    date -> org.assertj.core.api.Assertions.assertThat(date)
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"))
            .jsonPath("$.error.innerError.request-id")
            .isNotEmpty()
            .jsonPath("$.error.innerError.client-request-id")
            .isNotEmpty();
    }

}
