package dev.b2cemulator.keyset;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.tenant.CurrentTenant;

/** {@code /beta/trustFramework/keySets}: maps HTTP to {@link KeySetService} and back, nothing more. */
@RestController
@RequestMapping("/beta/trustFramework/keySets")
class KeySetController {

    private final KeySetService keySets;

    private final CurrentTenant tenant;

    private final PublicBaseUrl baseUrl;

    KeySetController(KeySetService keySets, CurrentTenant tenant, PublicBaseUrl baseUrl) {
        this.keySets = keySets;
        this.tenant = tenant;
        this.baseUrl = baseUrl;
    }

    @PostMapping
    ResponseEntity<KeySetResponse> create(@RequestBody CreateKeySetRequest request) {
        KeySet created = keySets.create(tenant.id(), request);
        // Relative, in OData key syntax, exactly as the Graph docs show it.
        URI location = URI.create("/trustFramework/keySets('" + created.id() + "')");
        return ResponseEntity.created(location).body(KeySetResponse.of(baseUrl.current(), created));
    }

}
