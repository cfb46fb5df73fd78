package dev.b2cemulator.keyset;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.b2cemulator.jwk.TrustFrameworkKeyJson;

/**
 * A trustFrameworkKeySet as Graph returns it. Members left out by {@code $select} are
 * null and not written; {@code @odata.context} only when the set is answered alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeySetResponse(@JsonProperty("@odata.context") String context, String id, List<TrustFrameworkKeyJson> keys) {

    static KeySetResponse of(String baseUrl, KeySet keySet) {
        return of(ODataContexts.keySet(baseUrl), keySet, null);
    }

    /** {@code select} null means every property. */
    static KeySetResponse of(String context, KeySet keySet, Set<String> select) {
        return new KeySetResponse(context, select == null || select.contains("id") ? keySet.id() : null,
                select == null || select.contains("keys")
                        ? keySet.keys().stream().map(TrustFrameworkKeyJson::of).toList() : null);
    }

}
