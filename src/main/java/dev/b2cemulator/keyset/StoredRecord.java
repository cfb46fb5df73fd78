package dev.b2cemulator.keyset;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.SecretMaterial;
import dev.b2cemulator.jwk.TrustFrameworkKey;

/**
 * One change of the durable store, as written to {@link KeySetLog}: {@code put} (a set as
 * it now is), {@code remove} (with the {@code .bak} copy that replaces it, in the same
 * record), or {@code clear}. Keys are written whole, private members included: the data
 * dir holds secrets and is made readable by its owner only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredRecord(String op, String tenant, String id, StoredSet put) {

    static StoredRecord put(String tenant, KeySet keySet) {
        return new StoredRecord("put", tenant, null, StoredSet.of(keySet));
    }

    static StoredRecord remove(String tenant, String id, KeySet backup) {
        return new StoredRecord("remove", tenant, id, backup == null ? null : StoredSet.of(backup));
    }

    static StoredRecord clear(String tenant) {
        return new StoredRecord("clear", tenant, null, null);
    }

    record StoredSet(String id, List<StoredKey> keys) {

        static StoredSet of(KeySet keySet) {
            return new StoredSet(keySet.id(), keySet.keys().stream().map(StoredKey::of).toList());
        }

        KeySet toKeySet() {
            return new KeySet(id, keys.stream().map(StoredKey::toKey).toList());
        }

    }

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
