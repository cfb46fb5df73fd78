package dev.b2cemulator.keyset;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.store.TenantStore;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * {@code /beta/trustFramework/keySets}: maps HTTP to {@link KeySetService} and back,
 * nothing more. Creates and updates declared as JSON are read by {@code @RequestBody};
 * the others by {@link UntypedJsonBody}, which reads a body without a
 * {@code Content-Type} as JSON, as Graph does, and refuses any other type.
 */
@RestController
@RequestMapping(KeySetController.KEYSETS)
class KeySetController {

    static final String KEYSETS = "/beta/trustFramework/keySets";

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private static final String JSON_SUFFIX = "application/*+json";

    private final KeySetService keySets;

    private final CurrentTenant tenant;

    private final PublicBaseUrl baseUrl;

    private final UntypedJsonBody untyped;

    KeySetController(KeySetService keySets, CurrentTenant tenant, PublicBaseUrl baseUrl, UntypedJsonBody untyped) {
        this.keySets = keySets;
        this.tenant = tenant;
        this.baseUrl = baseUrl;
        this.untyped = untyped;
    }

    /**
     * A 201 with {@code Location}, written as one piece with its length (a
     * {@code ResponseEntity} would be flushed, and so chunked).
     */
    @PostMapping(consumes = { JSON, JSON_SUFFIX })
    @ResponseStatus(HttpStatus.CREATED)
    KeySetResponse create(@RequestBody CreateKeySetRequest request, HttpServletResponse response) {
        KeySet created = keySets.create(tenant.id(), request);
        // Relative, in OData key syntax, exactly as the Graph docs show it.
        response.setHeader(HttpHeaders.LOCATION, "/trustFramework/keySets('" + created.id() + "')");
        return KeySetResponse.of(baseUrl.current(), created);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    KeySetResponse createUntyped(HttpServletRequest request, HttpServletResponse response)
            throws IOException, HttpMediaTypeNotSupportedException {
        return create(untyped.read(request, CreateKeySetRequest.class), response);
    }

    @GetMapping
    KeySetCollectionResponse list(@RequestParam(name = "$top", required = false) String top,
            @RequestParam(name = "$skiptoken", required = false) String skipToken,
            @RequestParam(name = "$select", required = false) String select,
            @RequestParam(name = "$count", required = false) String count) {
        ListOptions options = ListOptions.parse(top, skipToken, select, count);
        TenantStore.Page<KeySet> page = keySets.list(tenant.id(), options);
        String base = baseUrl.current();
        return new KeySetCollectionResponse(ODataContexts.keySets(base, options.select()),
                options.count() ? page.total() : null,
                page.items().stream().map(keySet -> KeySetResponse.of(null, keySet, options.select())).toList(),
                nextLink(base, options, page));
    }

    @GetMapping("/$count")
    ResponseEntity<String> count() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(String.valueOf(keySets.count(tenant.id())));
    }

    @GetMapping("/{id}")
    KeySetResponse get(@PathVariable String id, @RequestParam(name = "$select", required = false) String select) {
        return KeySetResponse.of(ODataContexts.keySet(baseUrl.current()), keySets.get(tenant.id(), id),
                ListOptions.select(select));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        keySets.delete(tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

    /** The docs say PUT, the SDKs send PATCH; both replace the keys. */
    @RequestMapping(path = "/{id}", method = { RequestMethod.PUT, RequestMethod.PATCH },
            consumes = { JSON, JSON_SUFFIX })
    KeySetResponse update(@PathVariable String id, @RequestBody UpdateKeySetRequest request) {
        return KeySetResponse.of(baseUrl.current(), keySets.update(tenant.id(), id, request));
    }

    @RequestMapping(path = "/{id}", method = { RequestMethod.PUT, RequestMethod.PATCH })
    KeySetResponse updateUntyped(@PathVariable String id, HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        return update(id, untyped.read(request, UpdateKeySetRequest.class));
    }

    /**
     * OPTIONS lists the methods in a fixed order; Spring MVC's own answer lists them in
     * the order of a hash map.
     */
    @RequestMapping(method = RequestMethod.OPTIONS)
    ResponseEntity<Void> collectionOptions() {
        return ResponseEntity.ok().allow(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.OPTIONS).build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.OPTIONS)
    ResponseEntity<Void> keySetOptions() {
        return ResponseEntity.ok()
            .allow(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.PATCH,
                    HttpMethod.OPTIONS)
            .build();
    }

    private static String nextLink(String base, ListOptions options, TenantStore.Page<KeySet> page) {
        if (page.nextPosition() <= 0) {
            return null;
        }
        UriComponentsBuilder next = UriComponentsBuilder.fromUriString(base + KEYSETS)
            .queryParam("$top", options.top())
            .queryParam("$skiptoken", ListOptions.skipTokenFor(page.nextPosition()));
        if (options.select() != null) {
            next.queryParam("$select", String.join(",", options.select()));
        }
        if (options.count()) {
            next.queryParam("$count", "true");
        }
        return next.build().toUriString();
    }

}
