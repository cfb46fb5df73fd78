package dev.b2cemulator.jwk;

import java.util.List;

/**
 * A validated key as stored: public members as returned, private members held apart in
 * {@link SecretMaterial}. {@code kty} is {@code RSA} or {@code oct}; {@code use} is
 * {@code sig} or {@code enc}.
 */
public record TrustFrameworkKey(String kid, String use, String kty, String n, String e, List<String> x5c, String x5t,
        Long nbf, Long exp, KeyStatus status, SecretMaterial secret) {

    public static final String RSA = "RSA";

    public static final String OCT = "oct";

    public TrustFrameworkKey {
        x5c = x5c == null ? List.of() : List.copyOf(x5c);
        secret = secret == null ? SecretMaterial.NONE : secret;
    }

    public TrustFrameworkKey withStatus(KeyStatus newStatus) {
        return new TrustFrameworkKey(kid, use, kty, n, e, x5c, x5t, nbf, exp, newStatus, secret);
    }

}
