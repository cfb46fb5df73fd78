package dev.b2cemulator.jwk;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.stereotype.Component;

import dev.b2cemulator.error.B2cErrors;

/**
 * Keys made by the emulator or handed over whole, for the four key actions (docs/API.md,
 * keys): generateKey, uploadSecret, uploadCertificate and uploadPkcs12. Each returns one
 * new, enabled key.
 */
@Component
public class NewKeys {

    private final RsaKeyPool rsaKeys;

    public NewKeys(RsaKeyPool rsaKeys) {
        this.rsaKeys = rsaKeys;
    }

    /**
     * generateKey: a fresh 2048-bit RSA key pair ({@link RsaKeyPool}), or 256 random bits
     * for {@code oct}. Unset nbf/exp stay unset.
     */
    public TrustFrameworkKey generate(String kty, String use, Long nbf, Long exp) {
        String checkedKty = JwkValidator.checkedKty(kty);
        String checkedUse = JwkValidator.checkedUse(use);
        JwkValidator.checkLifetime(nbf, exp);
        if (TrustFrameworkKey.OCT.equals(checkedKty)) {
            return new TrustFrameworkKey(JwkValidator.randomKid(), checkedUse, TrustFrameworkKey.OCT, null, null,
                    List.of(), null, nbf, exp, KeyStatus.ENABLED,
                    new SecretMaterial(Map.of("k", JwkValidator.randomBase64Url(32))));
        }
        RSAKey rsa = rsaKeys.take();
        return new TrustFrameworkKey(RsaKeyRules.rsaThumbprint(rsa), checkedUse, TrustFrameworkKey.RSA,
                rsa.getModulus().toString(), rsa.getPublicExponent().toString(), List.of(), null, nbf, exp,
                KeyStatus.ENABLED, RsaKeyRules.secretOf(rsa));
    }

    /**
     * uploadSecret: {@code k} is any non-empty string (an application secret), stored and
     * never echoed.
     */
    public TrustFrameworkKey secret(String use, String k, Long nbf, Long exp) {
        String checkedUse = JwkValidator.checkedUse(use);
        if (k == null || k.isEmpty()) {
            throw B2cErrors.missingParameter("k");
        }
        JwkValidator.checkLifetime(nbf, exp);
        return new TrustFrameworkKey(JwkValidator.randomKid(), checkedUse, TrustFrameworkKey.OCT, null, null, List.of(),
                null, nbf, exp, KeyStatus.ENABLED, new SecretMaterial(Map.of("k", k)));
    }

    /** uploadCertificate: base64 DER or PEM of an X.509 certificate with an RSA key. */
    public TrustFrameworkKey certificate(String key) {
        if (key == null || key.isBlank()) {
            throw B2cErrors.missingParameter("key");
        }
        return CertificateKeys.fromCertificate(key);
    }

    /** uploadPkcs12: base64 PKCS#12 holding an RSA private key and its certificate. */
    public TrustFrameworkKey pkcs12(String key, String password) {
        if (key == null || key.isBlank()) {
            throw B2cErrors.missingParameter("key");
        }
        if (password == null) {
            throw B2cErrors.missingParameter("password");
        }
        return CertificateKeys.fromPkcs12(key, password);
    }

}
