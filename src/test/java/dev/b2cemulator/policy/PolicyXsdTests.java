package dev.b2cemulator.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.support.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code EMULATOR_POLICY_XSD_FILE} with the XSD Microsoft's starter pack ships (read from
 * {@code ../shared}, skipped without it): its .NET patterns rewritten, the packs' own
 * files conform, a misplaced element does not.
 */
class PolicyXsdTests {

    private static final Path PACK = Path.of("..", "shared", "fixtures", "b2c-starterpack");

    @Test
    void dotNetPatternsBecomeXmlSchemaPatterns() {
        assertThat(PolicyXsd.xmlSchemaPatterns("<xs:pattern value=\"^urn:[a-z]+:[\\/\\-.]+$\" />"))
            .isEqualTo("<xs:pattern value=\"urn:[a-z]+:[/\\-.]+\" />");
        assertThat(PolicyXsd.xmlSchemaPatterns("<xs:pattern value=\"[0-9][.][0-9]\" />"))
            .isEqualTo("<xs:pattern value=\"[0-9][.][0-9]\" />");
    }

    @Test
    void theStarterPacksFilesConformAndAMisplacedElementDoesNot() throws Exception {
        assumeTrue(Files.exists(PACK.resolve("TrustFrameworkPolicy_0.3.0.0.xsd")), "the starter pack is in ../shared");
        PolicyXsd xsd = new PolicyXsd(with(PACK.resolve("TrustFrameworkPolicy_0.3.0.0.xsd")));
        assertThat(xsd.enabled()).isTrue();

        for (String file : List.of("TrustFrameworkBase.xml", "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml")) {
            String policy = Files
                .readString(PACK.resolve("SocialAndLocalAccounts").resolve(file), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .replace("yourtenant.onmicrosoft.com", "contoso.onmicrosoft.com");
            assertThat(xsd.validate(policy)).as(file).isEmpty();
        }
        String misplaced = PolicyXmlTests.policy(PolicyXmlTests.ROOT, "<RelyingParty/><BasePolicy/>");
        List<PolicyXml.Problem> problems = xsd.validate(misplaced);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).message()).doesNotStartWith("cvc-").contains("BasePolicy");
    }

    @Test
    void withoutAnXsdNothingIsValidated() {
        PolicyXsd none = new PolicyXsd(TestProperties.defaults());

        assertThat(none.enabled()).isFalse();
        assertThat(none.validate("<anything/>")).isEmpty();
    }

    private static EmulatorProperties with(Path xsd) {
        EmulatorProperties d = TestProperties.defaults();
        return new EmulatorProperties(d.authMode(), d.defaultTenant(), d.publicBaseUrl(), d.signingKeyFile(),
                d.trustedIssuers(), d.clients(), d.errorStatus(), d.maxKeysPerSet(), d.maxBodySize(), d.seedFile(),
                d.dataDir(), d.journal(), d.faults(), d.tls(), d.maxKeySetsPerTenant(), d.maxTokenSize(),
                d.adminToken(), d.maxPolicySize(), d.maxPolicyBodySize(), d.maxPoliciesPerTenant(),
                d.maxPolicyInheritanceLevels(), d.tenantDomains(), d.policyChecks(), xsd, 8);
    }

}
