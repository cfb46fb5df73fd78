package dev.b2cemulator.keyset;

import java.util.Optional;

/**
 * Keysets per tenant. Ids match case-insensitively and keep the case they were created with.
 * Implementations are thread-safe; {@link #create} is atomic.
 */
public interface KeySetRepository {

    /** Stores the set unless the tenant already has one with that id; returns whether it was stored. */
    boolean create(String tenant, KeySet keySet);

    Optional<KeySet> find(String tenant, String id);

}
