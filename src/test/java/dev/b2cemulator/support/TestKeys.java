package dev.b2cemulator.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Real key material for tests: RSA key pairs (generated once per name and reused, key
 * generation is slow) and self-signed X.509 certificates.
 */
public final class TestKeys {

    private static final Map<String, RSAKey> KEYS = new ConcurrentHashMap<>();

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private TestKeys() {
    }

    /**
     * A 2048-bit RSA key pair with private parts, the same for the same name within one
     * test run.
     */
    public static RSAKey rsa(String name) {
        return KEYS.computeIfAbsent(name, n -> generate(2048));
    }

    public static RSAKey rsa(int bits) {
        return KEYS.computeIfAbsent("bits-" + bits, n -> generate(bits));
    }

    private static RSAKey generate(int bits) {
        try {
            return new RSAKeyGenerator(bits, true).keyIDFromThumbprint(true).generate();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static X509Certificate selfSigned(RSAKey key, String commonName, Instant notBefore, Instant notAfter) {
        try {
            X500Name name = new X500Name("CN=" + commonName);
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(notBefore.toEpochMilli()),
                    Date.from(notBefore), Date.from(notAfter), name, key.toRSAPublicKey());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.toRSAPrivateKey());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A certificate for an EC key, which B2C does not take. */
    public static X509Certificate ecCertificate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=ec");
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now),
                    Date.from(now.plusSeconds(86_400)), name, pair.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Base64 of a PKCS#12 file made with the JDK's KeyStore: the key and its certificate,
     * or only a certificate.
     */
    public static String pkcs12(RSAKey key, X509Certificate certificate, String password, boolean withPrivateKey) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            if (withPrivateKey) {
                store.setKeyEntry("key", key.toPrivateKey(), password.toCharArray(),
                        new java.security.cert.Certificate[] { certificate });
            }
            else {
                store.setCertificateEntry("certificate", certificate);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return Base64.getEncoder().encodeToString(out.toByteArray());
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Base64 of a PKCS#12 file holding only a private key, no certificate (the JDK cannot
     * write one; BC can).
     */
    public static String pkcs12WithoutCertificate(RSAKey key, String password) {
        try {
            char[] secret = password.toCharArray();
            var bag = new JcaPKCS12SafeBagBuilder(key.toPrivateKey(),
                    new JcePKCSPBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                        .setProvider(BOUNCY_CASTLE)
                        .build(secret));
            bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString("key"));
            var pfx = new PKCS12PfxPduBuilder();
            pfx.addData(bag.build());
            byte[] encoded = pfx.build(new JcePKCS12MacCalculatorBuilder().setProvider(BOUNCY_CASTLE), secret)
                .getEncoded();
            return Base64.getEncoder().encodeToString(encoded);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** x5c form: standard base64 (not base64url) of the DER encoding. */
    public static String base64Der(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        }
        catch (CertificateEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * x5t computed here, independently of the code under test: base64url SHA-1 of the
     * DER.
     */
    public static String x5t(X509Certificate certificate) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
            return Base64URL.encode(sha1).toString();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
