package dev.b2cemulator.jwk;

import java.util.Map;

/**
 * The private members of a key ({@code k}, {@code d}, {@code p}, {@code q}, {@code dp}, {@code dq},
 * {@code qi}): kept, never returned, and never printed — {@link #toString()} is redacted.
 */
public final class SecretMaterial {

    static final SecretMaterial NONE = new SecretMaterial(Map.of());

    private final Map<String, String> members;

    SecretMaterial(Map<String, String> members) {
        this.members = Map.copyOf(members);
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public String get(String member) {
        return members.get(member);
    }

    @Override
    public String toString() {
        return members.isEmpty() ? "none" : "****";
    }

}
