package dev.b2cemulator.keyset;

import java.net.URI;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.store.TenantStore;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * {@code /beta/trustFramework/keySets}: maps HTTP to {@link KeySetService} and back,
 * nothing more.
 */
@RestController
@RequestMapping(KeySetController.KEYSETS)
class KeySetController {

    static final String KEYSETS = "/beta/trustFramework/keySets";

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

    @GetMapping
    KeySetCollectionResponse list(@RequestParam(name = "$top", required = false) String top,
            @RequestParam(name = "$skiptoken", required = false) String skipToken,
            @RequestParam(name = "$select", required = false) String select,
            @RequestParam(name = "$count", required = false) String count) {
        ListOptions options = ListOptions.parse(top, skipToken, select, count);
        TenantStore.Page<KeySet> page = keySets.list(tenant.id(), options);
        String base = baseUrl.current();
        String context = ODataContexts.keySets(base, options.select());
        String nextLink = null;
        if (page.nextPosition() > 0) {
            UriComponentsBuilder next = UriComponentsBuilder.fromUriString(base + KEYSETS)
                .queryParam("$top", options.top())
                .queryParam("$skiptoken", ListOptions.skipTokenFor(page.nextPosition()));
            if (options.select() != null) {
                next.queryParam("$select", String.join(",", options.select()));
            }
            if (options.count()) {
                next.queryParam("$count", "true");
            }
            nextLink = next.build().toUriString();
        }
        return new KeySetCollectionResponse(context, options.count() ? page.total() : null,
                page.items().stream().map(keySet -> KeySetResponse.of(null, keySet, options.select())).toList(),
                nextLink);
    }

    @GetMapping("/$count")
    ResponseEntity<String> count() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(String.valueOf(keySets.count(tenant.id())));
    }

    @GetMapping("/{id}")
    KeySetResponse get(@PathVariable String id, @RequestParam(name = "$select", required = false) String select) {
        Set<String> selected = ListOptions.select(select);
        return KeySetResponse.of(ODataContexts.keySet(baseUrl.current()), keySets.get(tenant.id(), id), selected);
    }

    /** The docs say PUT, the SDKs send PATCH; both replace the keys. */
    @RequestMapping(path = "/{id}", method = { RequestMethod.PUT, RequestMethod.PATCH })
    KeySetResponse update(@PathVariable String id, @RequestBody UpdateKeySetRequest request) {
        return KeySetResponse.of(baseUrl.current(), keySets.update(tenant.id(), id, request));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        keySets.delete(tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

}
