package dev.b2cemulator.keyset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.b2cemulator.jwk.TrustFrameworkKeyJson;

/** The keys_v2 collection of a set. */
record KeyCollectionResponse(@JsonProperty("@odata.context") String context, List<TrustFrameworkKeyJson> value) {
}
