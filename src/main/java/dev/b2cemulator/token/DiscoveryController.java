package dev.b2cemulator.token;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.config.PublicBaseUrl;

/**
 * What token clients fetch from Entra ID before they ask for a token: the OpenID
 * configuration (v2 and v1), instance discovery, and the keys that sign the emulator's
 * tokens, per tenant and on the host the client called, so that an unchanged client
 * pointed at login.microsoftonline.com finds every address it needs on the emulator.
 */
@RestController
class DiscoveryController {

    private final SigningKey signingKey;

    private final PublicBaseUrl baseUrl;

    DiscoveryController(SigningKey signingKey, PublicBaseUrl baseUrl) {
        this.signingKey = signingKey;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/{tenant}/v2.0/.well-known/openid-configuration")
    Map<String, Object> openIdConfiguration(@PathVariable String tenant) {
        return OpenIdMetadata.v2(baseUrl.current(), tenant, issuerTenant(tenant));
    }

    @GetMapping("/{tenant}/.well-known/openid-configuration")
    Map<String, Object> openIdConfigurationV1(@PathVariable String tenant) {
        return OpenIdMetadata.v1(baseUrl.current(), tenant, issuerTenant(tenant));
    }

    @GetMapping("/{tenant}/discovery/instance")
    Map<String, Object> instanceDiscovery(@PathVariable String tenant,
            @RequestParam(name = "authorization_endpoint", required = false) String authorizationEndpoint) {
        issuerTenant(tenant);
        String base = baseUrl.current();
        return InstanceDiscovery.answer(base, authorizationEndpoint);
    }

    @GetMapping({ "/{tenant}/discovery/v2.0/keys", "/{tenant}/discovery/keys" })
    ResponseEntity<Map<String, Object>> keys(@PathVariable String tenant) {
        issuerTenant(tenant);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(signingKey.publicKeys().toJSONObject());
    }

    /**
     * The GUID that goes into the issuer; Entra's placeholder for the multi-tenant paths.
     */
    private static String issuerTenant(String tenant) {
        return OpenIdMetadata.issuerTenant(tenant)
            .orElseThrow(() -> new TokenRequestException(400, "invalid_tenant", 90002,
                    "Tenant '" + tenant + "' not found."));
    }

}
