package dev.b2cemulator.jwk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trustFrameworkKey (or trustFrameworkKey_v2) as Graph returns it. The private members
 * are always {@code null}: the real service marks them "not readable".
 * {@code @odata.context} only on a key answered alone.
 */
public record TrustFrameworkKeyJson(
        @JsonProperty("@odata.context") @JsonInclude(JsonInclude.Include.NON_NULL) String context, String kid,
        String use, String kty, String n, String e, List<String> x5c, String x5t, Long nbf, Long exp, String status,
        String k, String d, String p, String q, String dp, String dq, String qi) {

    public static TrustFrameworkKeyJson of(TrustFrameworkKey key) {
        return of(null, key);
    }

    public static TrustFrameworkKeyJson of(String context, TrustFrameworkKey key) {
        return new TrustFrameworkKeyJson(context, key.kid(), key.use(), key.kty(), key.n(), key.e(), key.x5c(),
                key.x5t(), key.nbf(), key.exp(), key.status().json(), null, null, null, null, null, null, null);
    }

}
