package dev.b2cemulator.keyset;

import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.store.DurableTenantMap;

/**
 * Keysets kept in {@code keysets.log} in the data dir, private key members included: the
 * directory is made readable by its owner only.
 */
class DurableKeySetRepository extends DurableTenantMap<KeySet, StoredKeySet> implements KeySetRepository {

    DurableKeySetRepository(Path dataDir, JsonMapper json) {
        super(dataDir.resolve("keysets.log"), json, KeySet::id, StoredKeySet.CODEC);
    }

}
