package dev.b2cemulator.keyset;

import java.util.List;
import java.util.stream.Stream;

import dev.b2cemulator.jwk.TrustFrameworkKey;

/** A trustFrameworkKeySet: a {@code B2C_1A_} id and its keys, immutable. */
public record KeySet(String id, List<TrustFrameworkKey> keys) {

    public KeySet {
        keys = List.copyOf(keys);
    }

    public KeySet withKeys(List<TrustFrameworkKey> newKeys) {
        return new KeySet(id, newKeys);
    }

    public KeySet withKey(TrustFrameworkKey key) {
        return new KeySet(id, Stream.concat(keys.stream(), Stream.of(key)).toList());
    }

}
