package dev.b2cemulator.keyset;

import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.store.DurableTenantMap;
import dev.b2cemulator.store.TenantMap;

/**
 * Keysets kept in {@code keysets.log} in the data dir, private key members included: the
 * directory is made readable by its owner only. In memory they are packed, as without a
 * data dir.
 */
class DurableKeySetRepository extends DurableTenantMap<KeySet, StoredKeySet> implements KeySetRepository {

    DurableKeySetRepository(Path dataDir, JsonMapper json) {
        super(dataDir.resolve("keysets.log"), json, new TenantMap<>(new KeySetPacking()), KeySet::id,
                StoredKeySet.CODEC);
    }

}
