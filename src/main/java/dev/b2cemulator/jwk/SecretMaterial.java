package dev.b2cemulator.jwk;

import java.util.Map;

/**
 * The private members of a key ({@code k}, {@code d}, {@code p}, {@code q}, {@code dp},
 * {@code dq}, {@code qi}): kept, never returned, and never printed — {@link #toString()}
 * is redacted.
 */
public final class SecretMaterial {

    static final SecretMaterial NONE = new SecretMaterial(Map.of());

    private final Map<String, String> members;

    SecretMaterial(Map<String, String> members) {
        this.members = Map.copyOf(members);
    }

    /**
     * For the durable store only: the private members as they must be written to disk.
     */
    public static SecretMaterial fromStorage(Map<String, String> members) {
        return members == null || members.isEmpty() ? NONE : new SecretMaterial(members);
    }

    /** For the durable store only. */
    public Map<String, String> forStorage() {
        return members;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public String get(String member) {
        return members.get(member);
    }

    /**
     * Equal members, equal material: a key read back from the store equals the key that
     * was stored.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SecretMaterial that && members.equals(that.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return members.isEmpty() ? "none" : "****";
    }

}
