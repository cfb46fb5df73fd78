package dev.b2cemulator.security;

/** The Graph permissions the keySets API asks for (application roles and delegated scopes share the names). */
public final class Permissions {

    public static final String KEYSET_READ = "TrustFrameworkKeySet.Read.All";

    public static final String KEYSET_READ_WRITE = "TrustFrameworkKeySet.ReadWrite.All";

    private Permissions() {
    }

}
