package dev.b2cemulator.admin;

import java.util.List;
import java.util.Map;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.seed.Seeder;
import dev.b2cemulator.tenant.TenantIds;
import dev.b2cemulator.tls.TlsMaterial;

/**
 * The emulator's own endpoints (docs/EMULATOR.md), for tests and CI: health, reset, the
 * request journal and faults. Not Graph: no token needed, and nothing here is ever
 * throttled.
 */
@RestController
@RequestMapping("/_emulator")
class AdminController {

    private static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final ApplicationAvailability availability;

    private final Seeder seeder;

    private final RequestJournal journal;

    private final FaultInjector faults;

    private final TlsMaterial tls;

    AdminController(ApplicationAvailability availability, Seeder seeder, RequestJournal journal, FaultInjector faults,
            TlsMaterial tls) {
        this.tls = tls;
        this.availability = availability;
        this.seeder = seeder;
        this.journal = journal;
        this.faults = faults;
    }

    /**
     * 200 once started and seeded; 503 before (the seed is loaded before the port opens).
     */
    @GetMapping("/health")
    ResponseEntity<Map<String, String>> health() {
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        return ResponseEntity.status(ready ? 200 : 503).body(Map.of("status", ready ? "UP" : "OUT_OF_SERVICE"));
    }

    /**
     * Forgets all keysets and policies (or one tenant's) and loads the seed file again.
     */
    @PostMapping("/reset")
    ResponseEntity<Void> reset(@RequestParam(required = false) String tenant) {
        seeder.reset(tenant);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/requests")
    Map<String, List<RequestJournal.Entry>> requests(@RequestParam(required = false) String tenant,
            @RequestParam(required = false) String method, @RequestParam(required = false) String path) {
        String tenantId = tenant == null ? null : TenantIds.resolve(tenant).orElse(tenant);
        return Map.of("requests", journal.find(tenantId, method, path));
    }

    @DeleteMapping("/requests")
    ResponseEntity<Void> clearRequests() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }

    /**
     * The HTTPS certificate as PEM (with the emulator's CA after it, when the emulator
     * made it); 404 while HTTPS is off.
     */
    @GetMapping(path = "/certificate")
    ResponseEntity<String> certificate() {
        httpsOn();
        return ResponseEntity.ok().contentType(PEM).body(tls.certificatePem());
    }

    /** The emulator's CA certificate, the one thing clients need to trust. */
    @GetMapping(path = "/ca.pem")
    ResponseEntity<String> certificateAuthority() {
        httpsOn();
        return ResponseEntity.ok()
            .contentType(PEM)
            .body(tls.caPem()
                .orElseThrow(() -> GraphException.notFound("The HTTPS certificate is your own "
                        + "(EMULATOR_TLS_CERT_FILE or EMULATOR_TLS_KEYSTORE_FILE): trust its issuer. The emulator's "
                        + "CA exists only when the emulator makes the certificate.")));
    }

    private void httpsOn() {
        if (!tls.enabled()) {
            throw GraphException.notFound("HTTPS is off: start the emulator with EMULATOR_TLS_ENABLED=true to get "
                    + "its certificate and CA.");
        }
    }

    @GetMapping("/faults")
    Faults currentFaults() {
        return faults.current();
    }

    @PostMapping("/faults")
    Faults setFaults(@RequestBody Faults newFaults) {
        faults.set(newFaults);
        return faults.current();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearFaults() {
        faults.set(null);
        return ResponseEntity.noContent().build();
    }

}
