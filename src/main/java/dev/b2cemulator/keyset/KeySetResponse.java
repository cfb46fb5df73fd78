package dev.b2cemulator.keyset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.b2cemulator.jwk.TrustFrameworkKeyJson;

/** A trustFrameworkKeySet as Graph returns it, with its {@code @odata.context}. */
record KeySetResponse(@JsonProperty("@odata.context") String context, String id, List<TrustFrameworkKeyJson> keys) {

    static KeySetResponse of(String baseUrl, KeySet keySet) {
        return new KeySetResponse(baseUrl + "/beta/$metadata#trustFramework/keySets/$entity", keySet.id(),
                keySet.keys().stream().map(TrustFrameworkKeyJson::of).toList());
    }

}
