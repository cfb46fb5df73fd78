package dev.b2cemulator.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The emulator's own certificate authority, made once per data dir with BouncyCastle: a
 * P-256 key and a certificate that may issue TLS server certificates and nothing else
 * (basic constraints with path length 0, key usage certificate signing, extended key
 * usage server authentication). Its key never leaves the folder; it signs only the
 * emulator's server certificate. No name constraints: they would tie the CA to the first
 * list of host names, and a changed list must keep the CA users already trust.
 */
final class EmulatorCa {

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);

    private static final Duration SERVER_VALIDITY = Duration.ofDays(365);

    private final X509Certificate certificate;

    private final PrivateKey key;

    private EmulatorCa(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** The CA in {@code dir} ({@code ca.crt}, {@code ca.key}), made when missing. */
    static EmulatorCa loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Path cert = dir.resolve("ca.crt");
        Path key = dir.resolve("ca.key");
        if (Files.exists(cert) && Files.exists(key)) {
            return new EmulatorCa(Pem.certificates(Files.readString(cert, StandardCharsets.US_ASCII)).get(0),
                    Pem.privateKey(key));
        }
        KeyPair pair = newKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=b2c-graph-emulator test CA " + Long.toHexString(now.toEpochMilli())
                + ", O=b2c-graph-emulator, OU=test only - never trust outside test machines");
        var builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(CA_VALIDITY)), name, pair.getPublic());
        var extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
            .addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate certificate = sign(builder, pair.getPrivate());
        Files.createDirectories(dir);
        Pem.writePrivateKey(key, pair.getPrivate());
        Files.writeString(cert, Pem.encode("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
        return new EmulatorCa(certificate, pair.getPrivate());
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A server certificate for these names, valid for a year. */
    X509Certificate issue(PublicKey serverKey, GeneralNames names) throws GeneralSecurityException {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(certificate, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(SERVER_VALIDITY)), new X500Name("CN=b2c-graph-emulator, O=b2c-graph-emulator"),
                serverKey);
        var extensions = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, names)
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(certificate))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(serverKey));
        }
        catch (IOException ex) {
            throw new GeneralSecurityException(ex);
        }
        return sign(builder, key);
    }

    /** Whether this CA signed the certificate. */
    boolean issued(X509Certificate server) {
        try {
            server.verify(certificate.getPublicKey());
            return server.getIssuerX500Principal().equals(certificate.getSubjectX500Principal());
        }
        catch (GeneralSecurityException ex) {
            return false;
        }
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
        }
        catch (OperatorCreationException ex) {
            throw new GeneralSecurityException(ex);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
    }

}
