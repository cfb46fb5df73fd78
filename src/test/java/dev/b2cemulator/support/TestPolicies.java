package dev.b2cemulator.support;

/**
 * Small custom policies written for the tests: a root with B2C's required attributes, an
 * optional {@code BasePolicy}, and one technical profile referencing the given keysets.
 */
public final class TestPolicies {

    public static final String NAMESPACE = "http://schemas.microsoft.com/online/cpim/schemas/2013/06";

    private TestPolicies() {
    }

    public static String policy(String tenant, String id, String base, String... keys) {
        StringBuilder body = new StringBuilder();
        if (base != null) {
            body.append(
                    "<BasePolicy><TenantId>" + tenant + "</TenantId><PolicyId>" + base + "</PolicyId></BasePolicy>");
        }
        body.append("<ClaimsProviders><ClaimsProvider><TechnicalProfiles><TechnicalProfile Id=\"JwtIssuer\">");
        if (keys.length > 0) {
            body.append("<CryptographicKeys>");
            for (String key : keys) {
                body.append("<Key Id=\"k\" StorageReferenceId=\"" + key + "\"/>");
            }
            body.append("</CryptographicKeys>");
        }
        body.append("</TechnicalProfile></TechnicalProfiles></ClaimsProvider></ClaimsProviders>");
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TrustFrameworkPolicy xmlns=\"" + NAMESPACE
                + "\" PolicySchemaVersion=\"0.3.0.0\" TenantId=\"" + tenant + "\" PolicyId=\"" + id
                + "\" PublicPolicyUri=\"http://" + tenant + "/" + id + "\">\n" + body + "\n</TrustFrameworkPolicy>";
    }

}
