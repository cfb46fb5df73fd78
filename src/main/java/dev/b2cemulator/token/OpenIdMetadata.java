package dev.b2cemulator.token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.b2cemulator.tenant.TenantIds;

/**
 * Entra ID's OpenID configuration documents, v2 and v1, with every member Entra publishes
 * (MSAL and azure-identity read the endpoints, the issuer and the cloud members), each
 * address on the host the client called. Both name the issuer of the emulator's tokens.
 */
final class OpenIdMetadata {

    private static final List<String> AUTH_METHODS = List.of("client_secret_post", "private_key_jwt",
            "client_secret_basic");

    private static final List<String> CLAIMS = List.of("sub", "iss", "cloud_instance_name", "cloud_instance_host_name",
            "cloud_graph_host_name", "msgraph_host", "aud", "exp", "iat", "auth_time", "acr", "nonce",
            "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email");

    /** Entra's multi-tenant path segments, valid wherever a tenant is. */
    private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

    private OpenIdMetadata() {
    }

    /**
     * The tenant as an issuer names it: its GUID, or Entra's {@code {tenantid}} for the
     * multi-tenant paths; empty when the text names no tenant.
     */
    static Optional<String> issuerTenant(String tenant) {
        if (MULTI_TENANT.contains(tenant.toLowerCase(Locale.ROOT))) {
            return Optional.of("{tenantid}");
        }
        return TenantIds.resolve(tenant);
    }

    /**
     * @param base the scheme and host the client called
     * @param tenant the tenant as the path named it
     * @param issuerTenant {@link #issuerTenant} of it
     */
    static Map<String, Object> v2(String base, String tenant, String issuerTenant) {
        String at = base + "/" + endpointTenant(tenant, issuerTenant);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("token_endpoint", at + "/oauth2/v2.0/token");
        document.put("token_endpoint_auth_methods_supported", AUTH_METHODS);
        document.put("jwks_uri", at + "/discovery/v2.0/keys");
        document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        document.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        document.put("issuer", base + "/" + issuerTenant + "/v2.0");
        document.put("request_uri_parameter_supported", false);
        document.put("userinfo_endpoint", base + "/oidc/userinfo");
        document.put("authorization_endpoint", at + "/oauth2/v2.0/authorize");
        document.put("device_authorization_endpoint", at + "/oauth2/v2.0/devicecode");
        document.put("http_logout_supported", true);
        document.put("frontchannel_logout_supported", true);
        document.put("end_session_endpoint", at + "/oauth2/v2.0/logout");
        document.put("claims_supported", CLAIMS);
        document.put("kerberos_endpoint", at + "/kerberos");
        cloud(document);
        return document;
    }

    static Map<String, Object> v1(String base, String tenant, String issuerTenant) {
        String at = base + "/" + endpointTenant(tenant, issuerTenant);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("token_endpoint", at + "/oauth2/token");
        document.put("token_endpoint_auth_methods_supported", AUTH_METHODS);
        document.put("jwks_uri", base + "/common/discovery/keys");
        document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("http_logout_supported", true);
        document.put("frontchannel_logout_supported", true);
        document.put("end_session_endpoint", at + "/oauth2/logout");
        document.put("response_types_supported",
                List.of("code", "id_token", "code id_token", "token id_token", "token"));
        document.put("scopes_supported", List.of("openid"));
        document.put("issuer", base + "/" + issuerTenant + "/v2.0");
        document.put("claims_supported", CLAIMS);
        document.put("microsoft_multi_refresh_token", true);
        document.put("check_session_iframe", at + "/oauth2/checksession");
        document.put("userinfo_endpoint", at + "/openid/userinfo");
        document.put("kerberos_endpoint", at + "/kerberos");
        cloud(document);
        return document;
    }

    /** Entra answers a domain with its GUID's endpoints; common stays common. */
    private static String endpointTenant(String tenant, String issuerTenant) {
        return issuerTenant.startsWith("{") ? tenant.toLowerCase(Locale.ROOT) : issuerTenant;
    }

    private static void cloud(Map<String, Object> document) {
        document.put("tenant_region_scope", "NA");
        document.put("cloud_instance_name", "microsoftonline.com");
        document.put("cloud_graph_host_name", "graph.windows.net");
        document.put("msgraph_host", "graph.microsoft.com");
        document.put("rbac_url", "https://pas.windows.net");
    }

}
