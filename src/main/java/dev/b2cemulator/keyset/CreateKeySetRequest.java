package dev.b2cemulator.keyset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.b2cemulator.jwk.JsonWebKeyInput;

/**
 * {@code POST /beta/trustFramework/keySets}: an id and, optionally, keys. Unknown members
 * are ignored.
 */
record CreateKeySetRequest(String id, List<JsonWebKeyInput> keys, @JsonProperty("@odata.type") String odataType) {
}
