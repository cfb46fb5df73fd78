package dev.b2cemulator.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actuator's health paths, with its bodies and media type, for orchestrators that
 * probe them: {@code /actuator/health} and its {@code liveness} and {@code readiness}
 * groups, and the {@code /actuator} index. Served here rather than by Spring Boot's
 * actuator, whose endpoint and health infrastructure cost a tenth of the start-up and of
 * the memory for these four answers (docs/PERFORMANCE.md).
 */
@RestController
@RequestMapping(path = "/actuator", produces = { ProbesController.ACTUATOR_V3, MediaType.APPLICATION_JSON_VALUE })
class ProbesController {

    static final String ACTUATOR_V3 = "application/vnd.spring-boot.actuator.v3+json";

    private final ApplicationAvailability availability;

    ProbesController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @GetMapping
    Map<String, Object> links(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(base, false));
        links.put("health", link(base + "/health", false));
        links.put("health-path", link(base + "/health/{*path}", true));
        return Map.of("_links", links);
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, Object>> health() {
        String status = !live() ? "DOWN" : !ready() ? "OUT_OF_SERVICE" : "UP";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("groups", List.of("liveness", "readiness"));
        body.put("status", status);
        return ResponseEntity.status("UP".equals(status) ? 200 : 503).body(body);
    }

    @GetMapping("/health/liveness")
    ResponseEntity<Map<String, Object>> liveness() {
        return ResponseEntity.status(live() ? 200 : 503).body(Map.of("status", live() ? "UP" : "DOWN"));
    }

    @GetMapping("/health/readiness")
    ResponseEntity<Map<String, Object>> readiness() {
        return ResponseEntity.status(ready() ? 200 : 503).body(Map.of("status", ready() ? "UP" : "OUT_OF_SERVICE"));
    }

    private boolean live() {
        return this.availability.getLivenessState() == LivenessState.CORRECT;
    }

    private boolean ready() {
        return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    private static Map<String, Object> link(String href, boolean templated) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("templated", templated);
        return link;
    }

}
