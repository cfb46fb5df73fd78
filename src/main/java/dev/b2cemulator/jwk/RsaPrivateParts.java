package dev.b2cemulator.jwk;

import java.math.BigInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import dev.b2cemulator.error.B2cErrors;

/**
 * That each private member of an RSA key belongs to its public key, checked member by
 * member (RFC 8017 §3.2), so that the error names the one that does not: a signature
 * alone would not do, since a signer with the CRT members never uses {@code d}.
 */
final class RsaPrivateParts {

    private RsaPrivateParts() {
    }

    static void check(RSAKey rsa) {
        BigInteger n = rsa.getModulus().decodeToBigInteger();
        BigInteger e = rsa.getPublicExponent().decodeToBigInteger();
        BigInteger d = rsa.getPrivateExponent().decodeToBigInteger();
        if (rsa.getFirstPrimeFactor() == null) {
            checkBySignature(rsa);
            return;
        }
        BigInteger p = value(rsa.getFirstPrimeFactor());
        BigInteger q = value(rsa.getSecondPrimeFactor());
        if (p.signum() <= 0 || q.signum() <= 0 || !p.multiply(q).equals(n)) {
            throw mismatch("'p' and 'q' are not the prime factors of the modulus 'n'");
        }
        BigInteger pMinus1 = p.subtract(BigInteger.ONE);
        BigInteger qMinus1 = q.subtract(BigInteger.ONE);
        BigInteger lambda = pMinus1.divide(pMinus1.gcd(qMinus1)).multiply(qMinus1);
        if (!d.multiply(e).mod(lambda).equals(BigInteger.ONE)) {
            throw mismatch("the private exponent 'd' does not belong to the public key: d·e is not 1 modulo λ(n)");
        }
        if (!value(rsa.getFirstFactorCRTExponent()).equals(d.mod(pMinus1))) {
            throw mismatch("'dp' is not d mod (p-1)");
        }
        if (!value(rsa.getSecondFactorCRTExponent()).equals(d.mod(qMinus1))) {
            throw mismatch("'dq' is not d mod (q-1)");
        }
        if (!value(rsa.getFirstCRTCoefficient()).equals(q.modInverse(p))) {
            throw mismatch("'qi' is not the inverse of q modulo p");
        }
    }

    /** Without p and q, λ(n) is unknown: sign with d alone and verify with (n, e). */
    private static void checkBySignature(RSAKey rsa) {
        boolean matches;
        try {
            JWSObject probe = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload("b2c-graph-emulator"));
            probe.sign(new RSASSASigner(rsa));
            matches = probe.verify(new RSASSAVerifier(rsa.toPublicJWK()));
        }
        catch (JOSEException | RuntimeException ex) {
            matches = false;
        }
        if (!matches) {
            throw mismatch("the private exponent 'd' does not belong to the public key (n, e)");
        }
    }

    private static BigInteger value(Base64URL member) {
        return member == null ? BigInteger.ZERO : member.decodeToBigInteger();
    }

    private static RuntimeException mismatch(String what) {
        return B2cErrors.invalidKey(what + ".");
    }

}
