package dev.b2cemulator.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;

/**
 * {@code /actuator/health} and its liveness and readiness groups, as orchestrators probe
 * them: Spring Boot's actuator, its bodies, its media type, its statuses as the
 * application's availability changes; nothing else of the actuator is served.
 */
@EmulatorIntegrationTest
class ProbesIntegrationTests {

    private static final String ACTUATOR_V3 = "application/vnd.spring-boot.actuator.v3+json";

    @Autowired
    RestTestClient client;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void available() {
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void upAndReadyWithTheActuatorsMediaType() {
        expect("/actuator/health", 200, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        expect("/actuator/health/liveness", 200, "{\"status\":\"UP\"}");
        expect("/actuator/health/readiness", 200, "{\"status\":\"UP\"}");
        client.get()
            .uri("/actuator/health")
            .accept(MediaType.APPLICATION_JSON)
            .exchange()
            .expectHeader()
            .contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void notReadyIsOutOfServiceAndBrokenIsDownBoth503() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        expect("/actuator/health/readiness", 503, "{\"status\":\"OUT_OF_SERVICE\"}");
        expect("/actuator/health/liveness", 200, "{\"status\":\"UP\"}");
        expect("/actuator/health", 503, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"OUT_OF_SERVICE\"}");

        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        expect("/actuator/health/liveness", 503, "{\"status\":\"DOWN\"}");
        expect("/actuator/health", 503, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"DOWN\"}");
    }

    @Test
    void theIndexLinksHealthOnlyAndNoOtherEndpointIsServed() {
        client.get()
            .uri("/actuator")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$._links.length()")
            .isEqualTo(3)
            .jsonPath("$._links['health-path'].templated")
            .isEqualTo(true);
        for (String other : new String[] { "/actuator/env", "/actuator/info", "/actuator/beans" }) {
            client.get().uri(other).exchange().expectStatus().isNotFound();
        }
    }

    private void expect(String path, int status, String body) {
        client.get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentType(ACTUATOR_V3)
            .expectBody(String.class)
            .isEqualTo(body);
    }

}
