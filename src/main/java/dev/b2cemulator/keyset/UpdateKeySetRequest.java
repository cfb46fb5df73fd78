package dev.b2cemulator.keyset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.b2cemulator.jwk.JsonWebKeyInput;

/**
 * PUT (docs) or PATCH (SDKs) of a keyset: the keys that replace the set's keys;
 * {@code id} is optional.
 */
record UpdateKeySetRequest(String id, List<JsonWebKeyInput> keys, @JsonProperty("@odata.type") String odataType) {
}
