package dev.b2cemulator.policy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.RawGraphClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant signed in by its GUID owns the policies whose {@code TenantId} is a domain
 * listed for it in {@code EMULATOR_TENANT_DOMAINS}, and messages name it by that domain.
 */
@EmulatorIntegrationTest
@TestPropertySource(
        properties = "emulator.tenant-domains=" + TenantDomainsIntegrationTests.GUID + "=contoso.onmicrosoft.com")
class TenantDomainsIntegrationTests {

    static final String GUID = "0a0b0c0d-0000-4000-8000-00000000d0d0";

    @LocalServerPort
    int port;

    @Test
    void aListedDomainIsTheTenantsAndNamesItInMessages() {
        RawGraphClient graph = RawGraphClient.forTenant(port, GUID);
        String document = PolicyUploadIntegrationTests.policy("B2C_1A_Listed", null)
            .replace("policies.onmicrosoft.com", "contoso.onmicrosoft.com");

        assertThat(put(graph, "B2C_1A_Listed", document).statusCode()).isEqualTo(201);
        HttpResponse<String> foreign = put(graph, "B2C_1A_Other",
                PolicyUploadIntegrationTests.policy("B2C_1A_Other", null)
                    .replace("policies.onmicrosoft.com", "fabrikam.onmicrosoft.com"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("of tenant \\\"contoso.onmicrosoft.com\\\"")
            .contains("TenantId in the policy xml 'fabrikam.onmicrosoft.com' is not same as the one in login tenant "
                    + "'contoso.onmicrosoft.com'.");
    }

    private static HttpResponse<String> put(RawGraphClient graph, String id, String document) {
        return graph.send(graph.request("/beta/trustFramework/policies/" + id + "/$value")
            .PUT(HttpRequest.BodyPublishers.ofString(document)));
    }

}
