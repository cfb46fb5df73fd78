package dev.b2cemulator.keyset;

import java.net.URI;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.store.TenantStore;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * {@code /beta/trustFramework/keySets} ({@link KeySetRoutes}): maps HTTP to
 * {@link KeySetService} and back, nothing more.
 */
@Component
class KeySetHandler {

    private final KeySetService keySets;

    private final CurrentTenant tenant;

    private final PublicBaseUrl baseUrl;

    private final ObjectReader createBodies;

    private final ObjectReader updateBodies;

    private final ObjectWriter answers;

    KeySetHandler(KeySetService keySets, CurrentTenant tenant, PublicBaseUrl baseUrl, JsonMapper jsonMapper) {
        this.keySets = keySets;
        this.tenant = tenant;
        this.baseUrl = baseUrl;
        this.createBodies = jsonMapper.readerFor(CreateKeySetRequest.class);
        this.updateBodies = jsonMapper.readerFor(UpdateKeySetRequest.class);
        this.answers = jsonMapper.writer();
    }

    ServerResponse create(ServerRequest request) throws Exception {
        KeySet created = keySets.create(tenant.id(),
                JsonExchange.read(request, CreateKeySetRequest.class, createBodies));
        MediaType answer = JsonExchange.negotiate(request);
        // Relative, in OData key syntax, exactly as the Graph docs show it.
        URI location = URI.create("/trustFramework/keySets('" + created.id() + "')");
        return JsonExchange.answer(ServerResponse.created(location), answer, answers,
                KeySetResponse.of(baseUrl.current(), created));
    }

    ServerResponse list(ServerRequest request) throws Exception {
        ListOptions options = ListOptions.parse(JsonExchange.param(request, "$top"),
                JsonExchange.param(request, "$skiptoken"), JsonExchange.param(request, "$select"),
                JsonExchange.param(request, "$count"));
        TenantStore.Page<KeySet> page = keySets.list(tenant.id(), options);
        MediaType answer = JsonExchange.negotiate(request);
        String base = baseUrl.current();
        List<KeySetResponse> value = page.items()
            .stream()
            .map(keySet -> KeySetResponse.of(null, keySet, options.select()))
            .toList();
        return JsonExchange.answer(ServerResponse.ok(), answer, answers,
                new KeySetCollectionResponse(ODataContexts.keySets(base, options.select()),
                        options.count() ? page.total() : null, value, nextLink(base, options, page)));
    }

    private static String nextLink(String base, ListOptions options, TenantStore.Page<KeySet> page) {
        if (page.nextPosition() <= 0) {
            return null;
        }
        UriComponentsBuilder next = UriComponentsBuilder.fromUriString(base + KeySetRoutes.KEYSETS)
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

    ServerResponse count(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).body(String.valueOf(keySets.count(tenant.id())));
    }

    ServerResponse get(ServerRequest request) throws Exception {
        Set<String> selected = ListOptions.select(JsonExchange.param(request, "$select"));
        KeySet keySet = keySets.get(tenant.id(), request.pathVariable("id"));
        MediaType answer = JsonExchange.negotiate(request);
        return JsonExchange.answer(ServerResponse.ok(), answer, answers,
                KeySetResponse.of(ODataContexts.keySet(baseUrl.current()), keySet, selected));
    }

    /** The docs say PUT, the SDKs send PATCH; both replace the keys. */
    ServerResponse update(ServerRequest request) throws Exception {
        UpdateKeySetRequest update = JsonExchange.read(request, UpdateKeySetRequest.class, updateBodies);
        KeySet updated = keySets.update(tenant.id(), request.pathVariable("id"), update);
        MediaType answer = JsonExchange.negotiate(request);
        return JsonExchange.answer(ServerResponse.ok(), answer, answers, KeySetResponse.of(baseUrl.current(), updated));
    }

    ServerResponse delete(ServerRequest request) {
        keySets.delete(tenant.id(), request.pathVariable("id"));
        return ServerResponse.noContent().build();
    }

}
