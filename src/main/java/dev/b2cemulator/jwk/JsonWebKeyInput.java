package dev.b2cemulator.jwk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trustFrameworkKey as a caller sends it (RFC 7517 members). Private members are
 * write-only; they are left out of {@link #toString()} so that no log line can carry
 * them.
 */
public record JsonWebKeyInput(String kid, String use, String kty, String n, String e, String d, String p, String q,
        String dp, String dq, String qi, String k, List<String> x5c, String x5t, Long nbf, Long exp, String status,
        @JsonProperty("@odata.type") String odataType) {

    @Override
    public String toString() {
        return "JsonWebKeyInput[kid=" + kid + ", use=" + use + ", kty=" + kty + ", nbf=" + nbf + ", exp=" + exp + "]";
    }

}
