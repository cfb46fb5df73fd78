package dev.b2cemulator.keyset;

import dev.b2cemulator.store.TenantMap;

/** Keysets in memory only (the default). */
class InMemoryKeySetRepository extends TenantMap<KeySet> implements KeySetRepository {

    InMemoryKeySetRepository() {
        super(KeySet::id);
    }

}
