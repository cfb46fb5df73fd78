package dev.b2cemulator.keyset;

import dev.b2cemulator.store.TenantMap;

/** Keysets in memory only (the default), packed: a load test may store millions. */
class InMemoryKeySetRepository extends TenantMap<KeySet> implements KeySetRepository {

    InMemoryKeySetRepository() {
        super(new KeySetPacking());
    }

}
