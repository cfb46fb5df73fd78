package dev.b2cemulator.tenant;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.support.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantDomainsTests {

    private static final String GUID = "0a0b0c0d-0000-4000-8000-000000000001";

    @Test
    void aTenantIsNamedByItsIdItsOwnDomainAndTheListedOnes() {
        TenantDomains domains = new TenantDomains(with(GUID + "=contoso.onmicrosoft.com,login.contoso.com; "));
        String contosoByName = TenantIds.resolve("contoso.onmicrosoft.com").orElseThrow();

        assertThat(domains.names(GUID, GUID.toUpperCase())).isTrue();
        assertThat(domains.names(GUID, "Contoso.onmicrosoft.com")).isTrue();
        assertThat(domains.names(GUID, "login.contoso.com")).isTrue();
        assertThat(domains.names(GUID, "fabrikam.onmicrosoft.com")).isFalse();
        assertThat(domains.names(contosoByName, "contoso.onmicrosoft.com")).isTrue();
        assertThat(domains.displayName(GUID, "login.contoso.com")).isEqualTo("login.contoso.com");
        assertThat(domains.displayName(GUID, "yourtenant.onmicrosoft.com")).isEqualTo("contoso.onmicrosoft.com");
        assertThat(domains.displayName("11111111-1111-1111-1111-111111111111", null))
            .isEqualTo("11111111-1111-1111-1111-111111111111");
    }

    @Test
    void aRegisteredDomainCountsToo() {
        TenantDomains domains = new TenantDomains(with(null));
        domains.register(GUID, "seeded.onmicrosoft.com");

        assertThat(domains.names(GUID, "SEEDED.onmicrosoft.com")).isTrue();
        assertThat(domains.displayName(GUID, null)).isEqualTo("seeded.onmicrosoft.com");
    }

    @Test
    void aBadSettingStopsTheStartSayingTheFormat() {
        assertThatThrownBy(() -> new TenantDomains(with("contoso.onmicrosoft.com")))
            .isInstanceOf(StartupException.class)
            .hasMessageContaining("is not 'tenant-guid=domain[,domain…]'");
        assertThatThrownBy(() -> new TenantDomains(with(GUID + "=not a domain"))).isInstanceOf(StartupException.class)
            .hasMessageContaining("'not a domain' is not a domain name");
    }

    private static EmulatorProperties with(String tenantDomains) {
        EmulatorProperties d = TestProperties.defaults();
        return new EmulatorProperties(d.authMode(), d.defaultTenant(), d.publicBaseUrl(), d.signingKeyFile(),
                d.trustedIssuers(), d.clients(), d.errorStatus(), d.maxKeysPerSet(), d.maxBodySize(), d.seedFile(),
                d.dataDir(), d.journal(), d.faults(), d.tls(), d.maxKeySetsPerTenant(), d.maxTokenSize(),
                d.adminToken(), d.maxPolicySize(), d.maxPolicyBodySize(), d.maxPoliciesPerTenant(),
                d.maxPolicyInheritanceLevels(), tenantDomains, d.policyChecks(), d.policyXsdFile(), 8);
    }

}
