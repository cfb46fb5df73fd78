package dev.b2cemulator.keyset;

import dev.b2cemulator.store.TenantStore;

/** The keysets of every tenant: in memory, or durable with {@code EMULATOR_DATA_DIR}. */
public interface KeySetRepository extends TenantStore<KeySet> {

}
