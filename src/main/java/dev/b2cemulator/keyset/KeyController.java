package dev.b2cemulator.keyset;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.jwk.TrustFrameworkKeyJson;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * The keys of a set: the four actions that add one, getActiveKey, and keys_v2. Every
 * spelling Graph accepts ({@code microsoft.graph.generateKey}, {@code getActiveKey()}…)
 * arrives here in the short form.
 */
@RestController
@RequestMapping(KeySetController.KEYSETS + "/{id}")
class KeyController {

    private final KeyService keys;

    private final CurrentTenant tenant;

    private final PublicBaseUrl baseUrl;

    KeyController(KeyService keys, CurrentTenant tenant, PublicBaseUrl baseUrl) {
        this.keys = keys;
        this.tenant = tenant;
        this.baseUrl = baseUrl;
    }

    @PostMapping("/generateKey")
    TrustFrameworkKeyJson generateKey(@PathVariable String id, @RequestBody KeyRequests.GenerateKey request) {
        return answer(keys.generateKey(tenant.id(), id, request));
    }

    @PostMapping("/uploadSecret")
    TrustFrameworkKeyJson uploadSecret(@PathVariable String id, @RequestBody KeyRequests.UploadSecret request) {
        return answer(keys.uploadSecret(tenant.id(), id, request));
    }

    @PostMapping("/uploadCertificate")
    TrustFrameworkKeyJson uploadCertificate(@PathVariable String id,
            @RequestBody KeyRequests.UploadCertificate request) {
        return answer(keys.uploadCertificate(tenant.id(), id, request));
    }

    @PostMapping("/uploadPkcs12")
    TrustFrameworkKeyJson uploadPkcs12(@PathVariable String id, @RequestBody KeyRequests.UploadPkcs12 request) {
        return answer(keys.uploadPkcs12(tenant.id(), id, request));
    }

    @GetMapping("/getActiveKey")
    TrustFrameworkKeyJson getActiveKey(@PathVariable String id) {
        return answer(keys.activeKey(tenant.id(), id));
    }

    @GetMapping("/keys_v2")
    KeyCollectionResponse keysV2(@PathVariable String id) {
        KeySet keySet = keys.keySet(tenant.id(), id);
        return new KeyCollectionResponse(ODataContexts.keysV2(baseUrl.current(), keySet.id()),
                keySet.keys().stream().map(TrustFrameworkKeyJson::of).toList());
    }

    @GetMapping("/keys_v2/$count")
    ResponseEntity<String> keysV2Count(@PathVariable String id) {
        return ResponseEntity.ok()
            .contentType(MediaType.TEXT_PLAIN)
            .body(String.valueOf(keys.keySet(tenant.id(), id).keys().size()));
    }

    @GetMapping("/keys_v2/{kid}")
    TrustFrameworkKeyJson keyV2(@PathVariable String id, @PathVariable String kid) {
        KeySet keySet = keys.keySet(tenant.id(), id);
        return TrustFrameworkKeyJson.of(ODataContexts.keyV2(baseUrl.current(), keySet.id()), keys.key(keySet, kid));
    }

    @PatchMapping("/keys_v2/{kid}")
    ResponseEntity<Void> updateKeyV2(@PathVariable String id, @PathVariable String kid,
            @RequestBody KeyRequests.KeyStatusUpdate request) {
        keys.setStatus(tenant.id(), id, kid, request);
        return ResponseEntity.noContent().build();
    }

    private TrustFrameworkKeyJson answer(TrustFrameworkKey key) {
        return TrustFrameworkKeyJson.of(ODataContexts.key(baseUrl.current()), key);
    }

}
