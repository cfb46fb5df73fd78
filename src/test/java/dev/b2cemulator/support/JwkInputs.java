package dev.b2cemulator.support;

import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;

import dev.b2cemulator.jwk.JsonWebKeyInput;

/** Request-shaped keys built from real key material. */
public final class JwkInputs {

    private JwkInputs() {
    }

    public static JsonWebKeyInput rsaPublic(RSAKey key, String use) {
        return new JsonWebKeyInput(null, use, "RSA", key.getModulus().toString(), key.getPublicExponent().toString(),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static JsonWebKeyInput rsaPrivate(RSAKey key, String use) {
        return new JsonWebKeyInput(null, use, "RSA", key.getModulus().toString(), key.getPublicExponent().toString(),
                key.getPrivateExponent().toString(), key.getFirstPrimeFactor().toString(),
                key.getSecondPrimeFactor().toString(), key.getFirstFactorCRTExponent().toString(),
                key.getSecondFactorCRTExponent().toString(), key.getFirstCRTCoefficient().toString(), null, null, null,
                null, null, null, null);
    }

    public static JsonWebKeyInput oct(String k, String use) {
        return new JsonWebKeyInput(null, use, "oct", null, null, null, null, null, null, null, null, k, null, null,
                null, null, null, null);
    }

    public static JsonWebKeyInput withKty(JsonWebKeyInput in, String kty) {
        return new JsonWebKeyInput(in.kid(), in.use(), kty, in.n(), in.e(), in.d(), in.p(), in.q(), in.dp(), in.dq(),
                in.qi(), in.k(), in.x5c(), in.x5t(), in.nbf(), in.exp(), in.status(), in.odataType());
    }

    public static JsonWebKeyInput withKid(JsonWebKeyInput in, String kid) {
        return new JsonWebKeyInput(kid, in.use(), in.kty(), in.n(), in.e(), in.d(), in.p(), in.q(), in.dp(), in.dq(),
                in.qi(), in.k(), in.x5c(), in.x5t(), in.nbf(), in.exp(), in.status(), in.odataType());
    }

    public static JsonWebKeyInput withLifetime(JsonWebKeyInput in, Long nbf, Long exp) {
        return new JsonWebKeyInput(in.kid(), in.use(), in.kty(), in.n(), in.e(), in.d(), in.p(), in.q(), in.dp(),
                in.dq(), in.qi(), in.k(), in.x5c(), in.x5t(), nbf, exp, in.status(), in.odataType());
    }

    public static JsonWebKeyInput withCertificate(JsonWebKeyInput in, List<String> x5c, String x5t) {
        return new JsonWebKeyInput(in.kid(), in.use(), in.kty(), in.n(), in.e(), in.d(), in.p(), in.q(), in.dp(),
                in.dq(), in.qi(), in.k(), x5c, x5t, in.nbf(), in.exp(), in.status(), in.odataType());
    }

    public static JsonWebKeyInput withPrivateExponent(JsonWebKeyInput in, String d, String p) {
        return new JsonWebKeyInput(in.kid(), in.use(), in.kty(), in.n(), in.e(), d, p, null, null, null, null, in.k(),
                in.x5c(), in.x5t(), in.nbf(), in.exp(), in.status(), in.odataType());
    }

    /**
     * The key with one private member ({@code d}, {@code p}, … {@code qi}) taken from
     * another key's members.
     */
    public static JsonWebKeyInput withPrivateMember(JsonWebKeyInput in, String member, JsonWebKeyInput from) {
        return new JsonWebKeyInput(in.kid(), in.use(), in.kty(), in.n(), in.e(), pick(member, "d", in.d(), from.d()),
                pick(member, "p", in.p(), from.p()), pick(member, "q", in.q(), from.q()),
                pick(member, "dp", in.dp(), from.dp()), pick(member, "dq", in.dq(), from.dq()),
                pick(member, "qi", in.qi(), from.qi()), in.k(), in.x5c(), in.x5t(), in.nbf(), in.exp(), in.status(),
                in.odataType());
    }

    private static String pick(String member, String name, String own, String other) {
        return member.equals(name) ? other : own;
    }

}
