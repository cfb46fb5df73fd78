package dev.b2cemulator.token;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entra's instance discovery ({@code /common/discovery/instance}), which MSAL calls
 * before its first token request unless told not to: the cloud's host aliases and where
 * the tenant's OpenID configuration is. Answered for the host the client called, so that
 * every address MSAL derives leads back to the emulator.
 */
final class InstanceDiscovery {

    /** Entra's public cloud, as it answers for login.microsoftonline.com. */
    private static final List<String> PUBLIC_CLOUD = List.of("login.microsoftonline.com", "login.windows.net",
            "login.microsoft.com", "sts.windows.net");

    private InstanceDiscovery() {
    }

    /**
     * @param base the base URL the client called (or {@code EMULATOR_PUBLIC_BASE_URL});
     * its host and port are the network MSAL is to use
     * @param authorizationEndpoint the {@code authorization_endpoint} parameter, if any
     */
    static Map<String, Object> answer(String base, String authorizationEndpoint) {
        String host = URI.create(base).getRawAuthority();
        String tenant = "common";
        boolean v2 = true;
        if (authorizationEndpoint != null) {
            try {
                String path = URI.create(authorizationEndpoint.strip()).getPath();
                String[] segments = path == null ? new String[0] : path.split("/");
                if (segments.length > 1 && OpenIdMetadata.issuerTenant(segments[1]).isPresent()) {
                    tenant = segments[1];
                }
                v2 = path == null || path.toLowerCase(Locale.ROOT).contains("/v2.0/");
            }
            catch (IllegalArgumentException ex) {
                // an unreadable parameter: discovery for common, as a client would need
            }
        }
        boolean publicCloud = PUBLIC_CLOUD.contains(host.toLowerCase(Locale.ROOT));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preferred_network", host);
        metadata.put("preferred_cache", publicCloud ? "login.windows.net" : host);
        metadata.put("aliases", publicCloud ? PUBLIC_CLOUD : List.of(host));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tenant_discovery_endpoint",
                base + "/" + tenant + (v2 ? "/v2.0" : "") + "/.well-known/openid-configuration");
        answer.put("api-version", "1.1");
        answer.put("metadata", List.of(metadata));
        return answer;
    }

}
