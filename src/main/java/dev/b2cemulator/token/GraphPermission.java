package dev.b2cemulator.token;

/**
 * The Graph permissions the emulator grants in tokens and the resource server checks:
 * application roles ({@code roles}) and delegated scopes ({@code scp}) share the names.
 */
public enum GraphPermission {

    KEYSET_READ("TrustFrameworkKeySet.Read.All"),

    KEYSET_READ_WRITE("TrustFrameworkKeySet.ReadWrite.All"),

    POLICY_READ("Policy.Read.All"),

    POLICY_READ_WRITE("Policy.ReadWrite.TrustFramework");

    private final String value;

    GraphPermission(String value) {
        this.value = value;
    }

    /** The name as it stands in a token. */
    public String value() {
        return value;
    }

}
