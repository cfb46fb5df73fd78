package dev.b2cemulator.keyset;

import java.util.List;
import java.util.Map;

import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.SecretMaterial;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.store.DurableTenantMap;

/**
 * A keyset as the durable store writes it: keys whole, private members included (answers
 * never show those; the data dir is readable by its owner only).
 */
record StoredKeySet(String id, List<StoredKey> keys) {

    static final DurableTenantMap.Codec<KeySet, StoredKeySet> CODEC = new DurableTenantMap.Codec<>() {

        @Override
        public StoredKeySet toStored(KeySet keySet) {
            return new StoredKeySet(keySet.id(), keySet.keys().stream().map(StoredKey::of).toList());
        }

        @Override
        public KeySet fromStored(StoredKeySet stored) {
            return new KeySet(stored.id(), stored.keys().stream().map(StoredKey::toKey).toList());
        }

        @Override
        public Class<StoredKeySet> storedType() {
            return StoredKeySet.class;
        }

    };

    record StoredKey(String kid, String use, String kty, String n, String e, List<String> x5c, String x5t, Long nbf,
            Long exp, KeyStatus status, Map<String, String> secret) {

        static StoredKey of(TrustFrameworkKey key) {
            return new StoredKey(key.kid(), key.use(), key.kty(), key.n(), key.e(), key.x5c(), key.x5t(), key.nbf(),
                    key.exp(), key.status(), key.secret().forStorage());
        }

        TrustFrameworkKey toKey() {
            return new TrustFrameworkKey(kid, use, kty, n, e, x5c, x5t, nbf, exp, status,
                    SecretMaterial.fromStorage(secret));
        }

        @Override
        public String toString() {
            return "StoredKey[kid=" + kid + "]";
        }

    }

}
