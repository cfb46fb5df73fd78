package dev.b2cemulator.token;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** MSAL's instance discovery, answered for the host (and port) the client is to use. */
class InstanceDiscoveryTests {

    @Test
    void theRealHostGetsEntrasAliasesAndItsTenantsV2Configuration() {
        Map<String, Object> answer = InstanceDiscovery.answer("https://login.microsoftonline.com",
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize");

        assertThat(answer).containsEntry("tenant_discovery_endpoint",
                "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration");
        assertThat(metadata(answer)).containsEntry("preferred_network", "login.microsoftonline.com")
            .containsEntry("preferred_cache", "login.windows.net")
            .containsEntry("aliases", List.of("login.microsoftonline.com", "login.windows.net", "login.microsoft.com",
                    "sts.windows.net"));
    }

    @Test
    void anyOtherBaseIsItsOwnNetworkWithItsPortAndWithoutItsPath() {
        Map<String, Object> answer = InstanceDiscovery.answer("http://proxy.example:8080/emulator",
                "http://proxy.example:8080/common/oauth2/authorize");

        assertThat(answer).containsEntry("tenant_discovery_endpoint",
                "http://proxy.example:8080/emulator/common/.well-known/openid-configuration");
        assertThat(metadata(answer)).containsEntry("preferred_network", "proxy.example:8080")
            .containsEntry("aliases", List.of("proxy.example:8080"));
    }

    @Test
    void anUnreadableOrForeignAuthorizationEndpointMeansCommon() {
        for (String endpoint : new String[] { null, "::not a uri",
                "https://x/../../etc/passwd/oauth2/v2.0/authorize" }) {
            assertThat(InstanceDiscovery.answer("https://localhost:8443", endpoint)).as(endpoint)
                .containsEntry("tenant_discovery_endpoint",
                        "https://localhost:8443/common/v2.0/.well-known/openid-configuration");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("metadata")).get(0);
    }

}
