package dev.b2cemulator.jwk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import dev.b2cemulator.error.B2cErrors;

import static dev.b2cemulator.jwk.JwkValidator.BASE64URL;
import static dev.b2cemulator.jwk.JwkValidator.isBlank;

/**
 * RSA keys on Nimbus JOSE+JWT: Nimbus parses the key and its X.509 chain (and checks that
 * the certificate holds the same public key); these rules add the modulus size, that
 * private parts belong to the public key, and the certificate thumbprint.
 */
final class RsaKeyRules {

    static final int MIN_RSA_BITS = 2048;

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi");

    private RsaKeyRules() {
    }

    static TrustFrameworkKey validate(JsonWebKeyInput input, String use, KeyStatus status) {
        if (isBlank(input.n()) || isBlank(input.e())) {
            throw B2cErrors.rsaMissingModulusOrExponent();
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("kty", "RSA");
        putBase64Url(members, "n", input.n());
        putBase64Url(members, "e", input.e());
        Map<String, String> secret = new LinkedHashMap<>();
        for (String name : PRIVATE_MEMBERS) {
            String value = privateMember(input, name);
            if (value != null) {
                putBase64Url(members, name, value);
                secret.put(name, value);
            }
        }
        if (!secret.isEmpty() && !secret.containsKey("d")) {
            throw B2cErrors.invalidKey("the private members of an RSA key need the private exponent 'd'.");
        }
        if (input.x5c() != null && !input.x5c().isEmpty()) {
            members.put("x5c", input.x5c());
        }
        RSAKey rsa = parseRsa(members);
        checkModulusSize(rsa);
        if (rsa.isPrivate()) {
            RsaPrivateParts.check(rsa);
        }
        String x5t = thumbprint(input.x5c(), input.x5t());
        String kid = isBlank(input.kid()) ? rsaThumbprint(rsa) : input.kid();
        return new TrustFrameworkKey(kid, use, TrustFrameworkKey.RSA, input.n(), input.e(), input.x5c(), x5t,
                input.nbf(), input.exp(), status, new SecretMaterial(secret));
    }

    private static RSAKey parseRsa(Map<String, Object> members) {
        try {
            return JWK.parse(members).toRSAKey();
        }
        catch (ParseException | IllegalArgumentException ex) {
            throw B2cErrors.invalidKey(ex.getMessage());
        }
    }

    static void checkModulusSize(RSAKey rsa) {
        int bits = rsa.getModulus().decodeToBigInteger().bitLength();
        if (bits < MIN_RSA_BITS) {
            throw B2cErrors
                .invalidKey("the RSA modulus is " + bits + " bits; at least " + MIN_RSA_BITS + " bits are required.");
        }
    }

    /** The private members of a Nimbus key, as they are stored. */
    static SecretMaterial secretOf(RSAKey rsa) {
        Map<String, String> members = new LinkedHashMap<>();
        Map<String, Object> json = rsa.toJSONObject();
        for (String name : PRIVATE_MEMBERS) {
            if (json.get(name) instanceof String value) {
                members.put(name, value);
            }
        }
        return new SecretMaterial(members);
    }

    /**
     * x5t must be the base64url SHA-1 of the DER of x5c[0] when both are given; computed
     * when only x5c is.
     */
    private static String thumbprint(List<String> x5c, String x5t) {
        if (x5c == null || x5c.isEmpty()) {
            if (x5t != null && (!BASE64URL.matcher(x5t).matches() || new Base64URL(x5t).decode().length != 20)) {
                throw B2cErrors.invalidKey("'x5t' must be the base64url SHA-1 thumbprint (20 bytes) of a certificate.");
            }
            return x5t;
        }
        String computed = Base64URL.encode(sha1(Base64.getMimeDecoder().decode(x5c.get(0)))).toString();
        if (x5t != null && !x5t.equals(computed)) {
            throw B2cErrors.invalidKey(
                    "'x5t' (" + x5t + ") is not the SHA-1 thumbprint of the certificate in x5c[0] (" + computed + ").");
        }
        return computed;
    }

    static byte[] sha1(byte[] der) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(der);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String rsaThumbprint(RSAKey rsa) {
        try {
            return rsa.computeThumbprint().toString();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void putBase64Url(Map<String, Object> members, String name, String value) {
        if (!BASE64URL.matcher(value).matches()) {
            throw B2cErrors.invalidKey("'" + name + "' must be base64url encoded (A-Z, a-z, 0-9, '-' and '_').");
        }
        members.put(name, value);
    }

    private static String privateMember(JsonWebKeyInput input, String name) {
        String value = switch (name) {
            case "d" -> input.d();
            case "p" -> input.p();
            case "q" -> input.q();
            case "dp" -> input.dp();
            case "dq" -> input.dq();
            case "qi" -> input.qi();
            default -> throw new IllegalArgumentException(name);
        };
        return isBlank(value) ? null : value;
    }

}
