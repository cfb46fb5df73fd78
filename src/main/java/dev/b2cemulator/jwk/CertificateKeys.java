package dev.b2cemulator.jwk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import dev.b2cemulator.error.B2cErrors;

/**
 * Keys from certificates, read with the JDK's {@link CertificateFactory} and
 * {@link KeyStore}: {@code kty} RSA, {@code use} sig, {@code x5c} the DER, {@code x5t}
 * its SHA-1 thumbprint (also the {@code kid}), and {@code nbf}/{@code exp} from the
 * certificate's validity.
 */
final class CertificateKeys {

    private CertificateKeys() {
    }

    static TrustFrameworkKey fromCertificate(String key) {
        X509Certificate certificate = parseCertificate(key);
        return toKey(certificate, rsaPublicKey(certificate), SecretMaterial.NONE);
    }

    static TrustFrameworkKey fromPkcs12(String key, String password) {
        KeyStore store = loadPkcs12(decodeBase64(key, "a base64 PKCS#12 (.pfx/.p12) file"), password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key privateKey = store.getKey(alias, password.toCharArray());
                if (!(privateKey instanceof RSAPrivateKey rsaPrivate)) {
                    throw B2cErrors.invalidKey("the PKCS#12 file's private key is not an RSA key.");
                }
                if (!(store.getCertificate(alias) instanceof X509Certificate certificate)) {
                    throw B2cErrors.invalidKey("the PKCS#12 file holds a private key but no certificate for it.");
                }
                RSAKey rsa = new RSAKey.Builder(rsaPublicKey(certificate)).privateKey(rsaPrivate).build();
                RsaPrivateParts.check(rsa);
                return toKey(certificate, rsa, RsaKeyRules.secretOf(rsa));
            }
        }
        catch (UnrecoverableKeyException ex) {
            throw B2cErrors.wrongCertificatePassword();
        }
        catch (GeneralSecurityException ex) {
            throw B2cErrors.invalidKey("the PKCS#12 file cannot be read: " + ex.getMessage());
        }
        throw B2cErrors
            .invalidKey("the PKCS#12 file holds no private key; B2C needs the private key and its " + "certificate.");
    }

    private static KeyStore loadPkcs12(byte[] bytes, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password.toCharArray());
            return store;
        }
        catch (IOException ex) {
            if (ex.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(ex.getMessage()).contains("password")) {
                throw B2cErrors.wrongCertificatePassword();
            }
            throw B2cErrors.invalidKey("'key' is not a PKCS#12 file: " + ex.getMessage());
        }
        catch (GeneralSecurityException ex) {
            throw B2cErrors.invalidKey("the PKCS#12 file cannot be read: " + ex.getMessage());
        }
    }

    private static X509Certificate parseCertificate(String key) {
        byte[] bytes = key.strip().startsWith("-----BEGIN") ? key.getBytes(StandardCharsets.US_ASCII)
                : decodeBase64(key, "a base64 DER or PEM X.509 certificate");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(bytes));
        }
        catch (CertificateException | ClassCastException ex) {
            throw B2cErrors.invalidKey("'key' is not an X.509 certificate (base64 DER or PEM).");
        }
    }

    private static RSAKey rsaPublicKey(X509Certificate certificate) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey rsaPublic)) {
            throw B2cErrors.invalidKey("the certificate's key is " + certificate.getPublicKey().getAlgorithm()
                    + "; B2C takes RSA keys only.");
        }
        RSAKey rsa = new RSAKey.Builder(rsaPublic).build();
        RsaKeyRules.checkModulusSize(rsa);
        return rsa;
    }

    private static TrustFrameworkKey toKey(X509Certificate certificate, RSAKey rsa, SecretMaterial secret) {
        byte[] der;
        try {
            der = certificate.getEncoded();
        }
        catch (CertificateException ex) {
            throw B2cErrors.invalidKey("the certificate cannot be encoded: " + ex.getMessage());
        }
        String x5t = Base64URL.encode(RsaKeyRules.sha1(der)).toString();
        return new TrustFrameworkKey(x5t, "sig", TrustFrameworkKey.RSA, rsa.getModulus().toString(),
                rsa.getPublicExponent().toString(), List.of(Base64.getEncoder().encodeToString(der)), x5t,
                certificate.getNotBefore().toInstant().getEpochSecond(),
                certificate.getNotAfter().toInstant().getEpochSecond(), KeyStatus.ENABLED, secret);
    }

    private static byte[] decodeBase64(String value, String expected) {
        try {
            return Base64.getMimeDecoder().decode(value.strip());
        }
        catch (IllegalArgumentException ex) {
            throw B2cErrors.invalidKey("'key' must be " + expected + ".");
        }
    }

}
