package dev.b2cemulator.policy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.b2cemulator.policy.PolicyXml.NotWellFormedException;
import dev.b2cemulator.policy.PolicyXml.Parsed;
import dev.b2cemulator.policy.PolicyXml.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Reading policies: what the checks need, .NET's wording for broken XML, and no way to
 * make the parser work hard.
 */
class PolicyXmlTests {

    /**
     * A generous bound on hostile documents: they must fail at once, and a hang must not
     * stall the build.
     */
    private static final Duration BOUND = Duration.ofSeconds(30);

    static String policy(String attributes, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TrustFrameworkPolicy xmlns=\"" + PolicyXml.NAMESPACE
                + "\" " + attributes + ">\n" + body + "\n</TrustFrameworkPolicy>";
    }

    static final String ROOT = "PolicySchemaVersion=\"0.3.0.0\" TenantId=\"contoso.onmicrosoft.com\" "
            + "PolicyId=\"B2C_1A_Ext\" PublicPolicyUri=\"http://contoso.onmicrosoft.com/B2C_1A_Ext\"";

    @Test
    void takesTheIdsTheBaseAndTheKeyReferencesInDocumentOrderOnce() throws Exception {
        Parsed parsed = PolicyXml.parse(policy(ROOT + " TenantObjectId=\"00000000-0000-0000-0000-000000000001\"", """
                <BasePolicy><TenantId> contoso.onmicrosoft.com </TenantId><PolicyId>B2C_1A_Base</PolicyId></BasePolicy>
                <ClaimsProviders><ClaimsProvider><TechnicalProfiles><TechnicalProfile Id="JwtIssuer">
                  <CryptographicKeys>
                    <Key Id="issuer_secret" StorageReferenceId="B2C_1A_TokenSigningKeyContainer"/>
                    <Key Id="issuer_refresh_token_key" StorageReferenceId="B2C_1A_TokenEncryptionKeyContainer"/>
                    <!-- <Key Id="commented" StorageReferenceId="B2C_1A_Commented"/> -->
                  </CryptographicKeys>
                </TechnicalProfile></TechnicalProfiles></ClaimsProvider></ClaimsProviders>
                <UserJourneys><UserJourney Id="j"><CryptographicKeys>
                  <Key Id="again" StorageReferenceId="B2C_1A_TokenSigningKeyContainer"/>
                </CryptographicKeys></UserJourney></UserJourneys>"""));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.policyId()).isEqualTo("B2C_1A_Ext");
        assertThat(parsed.tenantId()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(parsed.tenantObjectId()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(parsed.basePolicy()).isEqualTo(new PolicyXml.BasePolicy("contoso.onmicrosoft.com", "B2C_1A_Base"));
        assertThat(parsed.storageReferenceIds()).containsExactly("B2C_1A_TokenSigningKeyContainer",
                "B2C_1A_TokenEncryptionKeyContainer");
    }

    @Test
    void aBodyThatIsNotXmlOrIsEmptyIsWordedAsDotNetWordsIt() {
        assertNotWellFormed("{\"id\":\"B2C_1A_x\"}", "Data at the root level is invalid. Line 1, position 1.");
        assertNotWellFormed("\n  x<a/>", "Data at the root level is invalid. Line 2, position 3.");
        assertNotWellFormed("", "Root element is missing.");
        assertNotWellFormed(" \n\t", "Root element is missing.");
    }

    @Test
    void brokenXmlNamesTheParsersProblemAndThePlace() {
        assertThatThrownBy(() -> PolicyXml.parse(policy(ROOT, "<BasePolicy><TenantId>x</BasePolicy>")))
            .isInstanceOf(NotWellFormedException.class)
            .hasMessageContaining("TenantId")
            .hasMessageMatching("(?s).* Line 3, position \\d+\\.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<!DOCTYPE x [<!ENTITY a \"a\">]><x>&a;</x>",
            "<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/never.dtd\"><x/>",
            "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><x>&xxe;</x>" })
    void aDoctypeIsRefusedAsTheRealServiceRefusesIt(String document) {
        assertNotWellFormed(document, "For security reasons DTD is prohibited in this XML document.");
    }

    @Test
    void theBillionLaughsFailAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol")
                .append(i)
                .append(" \"")
                .append(("&lol" + (i - 1) + ";").repeat(10))
                .append("\">");
        }
        String bomb = dtd.append("]><lolz>&lol9;</lolz>").toString();

        assertTimeoutPreemptively(BOUND,
                () -> assertNotWellFormed(bomb, "For security reasons DTD is prohibited in this XML document."));
    }

    @Test
    void anUndeclaredEntityIsAnErrorNeverAFetch() {
        assertThatThrownBy(() -> PolicyXml.parse(policy(ROOT, "<Contacts>&xxe;</Contacts>")))
            .isInstanceOf(NotWellFormedException.class)
            .hasMessageStartingWith("Reference to undeclared entity 'xxe'. Line 3, position");
    }

    @Test
    void tenThousandNestedElementsFailAtTheBound() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);

        assertTimeoutPreemptively(BOUND,
                () -> assertThatThrownBy(() -> PolicyXml.parse(deep)).isInstanceOf(NotWellFormedException.class)
                    .hasMessageStartingWith("Elements are nested more than " + PolicyXml.MAX_DEPTH + " levels deep."));
    }

    @Test
    void structureProblemsAreCollectedWithTheirPlace() throws Exception {
        Parsed parsed = PolicyXml.parse(policy(
                "PolicySchemaVersion=\"0.2.0.0\" TenantId=\"contoso.onmicrosoft.com\" PolicyId=\"bad id\" "
                        + "DeploymentMode=\"Testing\"",
                """
                        <ClaimsProviders/>
                        <BasePolicy><TenantId>t.onmicrosoft.com</TenantId></BasePolicy>
                        <Surprise/>
                        <UserJourneys><UserJourney Id="j"><CryptographicKeys><Key Id="k"/></CryptographicKeys></UserJourney></UserJourneys>"""));

        assertThat(parsed.problems()).extracting(Problem::message)
            .containsExactly(
                    "The 'PolicySchemaVersion' attribute is invalid - The value '0.2.0.0' is not supported: the "
                            + "policy schema version is 0.3.0.0.",
                    "The 'PolicyId' attribute is invalid - The value 'bad id' is invalid according to its datatype "
                            + "'String' - The Pattern constraint failed.",
                    "The required attribute 'PublicPolicyUri' is missing.",
                    "The 'DeploymentMode' attribute is invalid - The value 'Testing' is invalid according to its "
                            + "datatype 'DeploymentModeType' - The Enumeration constraint failed.",
                    invalidChild("BasePolicy"),
                    "The element 'BasePolicy' in namespace '" + PolicyXml.NAMESPACE + "' has incomplete content. "
                            + "List of possible elements expected: 'PolicyId' in namespace '" + PolicyXml.NAMESPACE
                            + "'.",
                    invalidChild("Surprise"), "The required attribute 'StorageReferenceId' is missing.");
        assertThat(parsed.problems().get(4).line()).isEqualTo(4);
    }

    @Test
    void aRootThatIsNotAPolicyIsOneProblem() throws Exception {
        assertThat(PolicyXml.parse("<TrustFrameworkPolicy PolicyId=\"B2C_1A_x\"/>").problems())
            .extracting(Problem::message)
            .containsExactly("The 'TrustFrameworkPolicy' element is not declared. The root element is "
                    + "'TrustFrameworkPolicy' in namespace '" + PolicyXml.NAMESPACE + "'.");
    }

    private static String invalidChild(String name) {
        return "The element 'TrustFrameworkPolicy' in namespace '" + PolicyXml.NAMESPACE
                + "' has invalid child element '" + name + "' in namespace '" + PolicyXml.NAMESPACE + "'.";
    }

    private static void assertNotWellFormed(String document, String message) {
        assertThatThrownBy(() -> PolicyXml.parse(document)).isInstanceOf(NotWellFormedException.class)
            .hasMessage(message);
    }

}
