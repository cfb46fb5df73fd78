package dev.b2cemulator.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.policy.PolicyChecks.LoginTenant;
import dev.b2cemulator.policy.PolicyXml.BasePolicy;
import dev.b2cemulator.policy.PolicyXml.Parsed;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks beyond the document, one stage at a time. */
class PolicyChecksTests {

    private static final LoginTenant CONTOSO = new LoginTenant("tid-1", "contoso.onmicrosoft.com",
            name -> "contoso.onmicrosoft.com".equalsIgnoreCase(name) || "tid-1".equals(name));

    /** Stored policies and the base each names ("" for none). */
    private static final Map<String, String> STORED = Map.of("B2C_1A_Base", "", "B2C_1A_Ext", "B2C_1A_Base",
            "B2C_1A_Loop", "B2C_1A_Loop2", "B2C_1A_Loop2", "B2C_1A_Loop");

    @Test
    void theTenantAndTheBasesTenantAndTheObjectIdMustBeTheCallers() {
        Parsed foreign = new Parsed("B2C_1A_X", "fabrikam.onmicrosoft.com", "tid-2",
                new BasePolicy("fabrikam.onmicrosoft.com", "B2C_1A_Base"), List.of(), List.of());

        assertThat(PolicyChecks.tenant(foreign, CONTOSO)).containsExactly(
                "TenantId in the policy xml 'fabrikam.onmicrosoft.com' is not same as the one in login tenant "
                        + "'contoso.onmicrosoft.com'.",
                "Policy 'B2C_1A_X' of tenant 'contoso.onmicrosoft.com' is not allowed to inherit from the specified base "
                        + "policy.",
                "TenantObjectId in the policy xml 'tid-2' is not same as the one in login tenant 'tid-1'.");
        assertThat(PolicyChecks
            .tenant(new Parsed("B2C_1A_X", "CONTOSO.onmicrosoft.com", "TID-1", null, List.of(), List.of()), CONTOSO))
            .isEmpty();
    }

    @Test
    void theBaseMustExistAndTheChainMayNotLoopOrGrowTooLong() {
        assertThat(base("B2C_1A_Rp", null, 10)).isEmpty();
        assertThat(base("B2C_1A_Rp", "B2C_1A_Ext", 10)).isEmpty();
        assertThat(base("B2C_1A_Rp", "B2C_1A_Missing", 10))
            .containsExactly("Policy with 'policyId': B2C_1A_MISSING cannot be found in the directory 'tid-1'.");
        assertThat(base("B2C_1A_Rp", "B2C_1A_Rp", 10))
            .containsExactly("The inheritance chain of policy 'B2C_1A_Rp' contains a cycle: B2C_1A_Rp -> B2C_1A_Rp.");
        assertThat(base("B2C_1A_Rp", "B2C_1A_Loop", 10)).containsExactly("The inheritance chain of policy 'B2C_1A_Rp' "
                + "contains a cycle: B2C_1A_Rp -> B2C_1A_Loop -> B2C_1A_Loop2 -> B2C_1A_Loop.");
        assertThat(base("B2C_1A_Base", "B2C_1A_Ext", 10)).as("the upload stands in for the stored version")
            .containsExactly("The inheritance chain of policy 'B2C_1A_Base' contains a cycle: B2C_1A_Base -> "
                    + "B2C_1A_Ext -> B2C_1A_Base.");
        assertThat(base("B2C_1A_Rp", "B2C_1A_Ext", 2))
            .containsExactly("The inheritance chain of policy 'B2C_1A_Rp' has 3 levels; at most 2 are allowed.");
    }

    @Test
    void everyReferencedKeyMustBeAKeySetOfTheTenant() {
        assertThat(PolicyChecks.keys(List.of("B2C_1A_Signing", "B2C_1A_FacebookSecret"),
                "B2C_1A_Signing"::equalsIgnoreCase, CONTOSO))
            .containsExactly("Tenant \"contoso.onmicrosoft.com\" does not have CryptographicKey referenced by "
                    + "storageReferenceId \"B2C_1A_FacebookSecret\".");
    }

    private static List<String> base(String id, String baseId, int maxLevels) {
        return PolicyChecks.base(id, baseId,
                name -> STORED.entrySet()
                    .stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst(),
                "tid-1", maxLevels);
    }

}
