package dev.b2cemulator.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.b2cemulator.security.SecuritySliceConfiguration;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The actuator's health answers, byte for byte as Spring Boot's actuator gave them. */
@WebMvcTest(ProbesController.class)
@Import(SecuritySliceConfiguration.class)
class ProbesControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ApplicationAvailability availability;

    @Test
    void upAndReadyAsTheActuatorAnsweredThemWithItsMediaType() throws Exception {
        states(LivenessState.CORRECT, ReadinessState.ACCEPTING_TRAFFIC);

        mvc.perform(get("/actuator/health"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(ProbesController.ACTUATOR_V3))
            .andExpect(content().string("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}"));
        mvc.perform(get("/actuator/health/liveness"))
            .andExpect(status().isOk())
            .andExpect(content().string("{\"status\":\"UP\"}"));
        mvc.perform(get("/actuator/health/readiness"))
            .andExpect(status().isOk())
            .andExpect(content().string("{\"status\":\"UP\"}"));
        mvc.perform(get("/actuator/health").accept(MediaType.APPLICATION_JSON))
            .andExpect(content().contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void notReadyIsOutOfServiceAndBrokenIsDownBoth503() throws Exception {
        states(LivenessState.CORRECT, ReadinessState.REFUSING_TRAFFIC);
        mvc.perform(get("/actuator/health/readiness"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string("{\"status\":\"OUT_OF_SERVICE\"}"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"OUT_OF_SERVICE\"}"));

        states(LivenessState.BROKEN, ReadinessState.REFUSING_TRAFFIC);
        mvc.perform(get("/actuator/health/liveness"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string("{\"status\":\"DOWN\"}"));
        mvc.perform(get("/actuator/health"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"DOWN\"}"));
    }

    @Test
    void theIndexLinksHealth() throws Exception {
        states(LivenessState.CORRECT, ReadinessState.ACCEPTING_TRAFFIC);

        mvc.perform(get("http://localhost:8080/actuator"))
            .andExpect(status().isOk())
            .andExpect(content().string("{\"_links\":{\"self\":{\"href\":\"http://localhost:8080/actuator\","
                    + "\"templated\":false},\"health\":{\"href\":\"http://localhost:8080/actuator/health\","
                    + "\"templated\":false},\"health-path\":{\"href\":"
                    + "\"http://localhost:8080/actuator/health/{*path}\",\"templated\":true}}}"));
    }

    private void states(LivenessState liveness, ReadinessState readiness) {
        given(availability.getLivenessState()).willReturn(liveness);
        given(availability.getReadinessState()).willReturn(readiness);
    }

}
