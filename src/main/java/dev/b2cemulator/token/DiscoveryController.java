package dev.b2cemulator.token;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.tenant.TenantIds;

/**
 * OpenID discovery and the JWKS, per tenant as on Entra ID, so that any OIDC library can
 * check our tokens.
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
    ResponseEntity<OpenIdConfiguration> openIdConfiguration(@PathVariable String tenant) {
        String tenantId = TenantIds.resolve(tenant).orElse(null);
        if (tenantId == null) {
            throw new TokenRequestException(400, "invalid_tenant", 90002, "Tenant '" + tenant + "' not found.");
        }
        String base = baseUrl.current() + "/" + tenantId;
        return ResponseEntity.ok(new OpenIdConfiguration(base + "/v2.0", base + "/oauth2/v2.0/token",
                base + "/oauth2/v2.0/authorize", base + "/discovery/v2.0/keys",
                List.of("client_secret_post", "client_secret_basic"), List.of("client_credentials"),
                List.of("code", "id_token", "token"), List.of("pairwise"), List.of("RS256"), "NA"));
    }

    @GetMapping("/{tenant}/discovery/v2.0/keys")
    ResponseEntity<Map<String, Object>> keys(@PathVariable String tenant) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(signingKey.publicKeys().toJSONObject());
    }

    record OpenIdConfiguration(String issuer, @JsonProperty("token_endpoint") String tokenEndpoint,
            @JsonProperty("authorization_endpoint") String authorizationEndpoint,
            @JsonProperty("jwks_uri") String jwksUri,
            @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
            @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
            @JsonProperty("response_types_supported") List<String> responseTypesSupported,
            @JsonProperty("subject_types_supported") List<String> subjectTypesSupported,
            @JsonProperty("id_token_signing_alg_values_supported") List<String> signingAlgValuesSupported,
            @JsonProperty("tenant_region_scope") String tenantRegionScope) {
    }

}
