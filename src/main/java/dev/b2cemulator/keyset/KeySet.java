package dev.b2cemulator.keyset;

import java.util.List;

import dev.b2cemulator.jwk.TrustFrameworkKey;

/** A trustFrameworkKeySet: a {@code B2C_1A_} id and its keys, immutable. */
public record KeySet(String id, List<TrustFrameworkKey> keys) {

    public KeySet {
        keys = List.copyOf(keys);
    }

}
