package dev.b2cemulator.tls;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;

/**
 * The HTTPS certificate and key: the user's PEM pair or PKCS#12 keystore, or a
 * self-signed certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1}, made
 * once and kept as PEM files in the data dir (or a temp folder), so that a trust set up
 * once keeps working across restarts.
 */
@Component
public class TlsMaterial {

    private static final Logger log = LoggerFactory.getLogger(TlsMaterial.class);

    private final EmulatorProperties.Tls tls;

    private final Path generatedDir;

    private volatile String certificatePem;

    public TlsMaterial(EmulatorProperties properties) {
        this.tls = properties.tls();
        Path base = properties.dataDir() != null ? properties.dataDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "b2c-graph-emulator");
        this.generatedDir = base.resolve("tls");
    }

    public boolean enabled() {
        return tls.enabled();
    }

    /** PEM files for Tomcat: the user's, or the self-signed pair (made on first use). */
    Path[] pemFiles() {
        if (tls.certFile() != null || tls.keyFile() != null) {
            if (tls.certFile() == null || tls.keyFile() == null) {
                throw new StartupException("emulator.tls.cert-file and emulator.tls.key-file go together");
            }
            return new Path[] { tls.certFile(), tls.keyFile() };
        }
        Path cert = generatedDir.resolve("localhost.crt");
        Path key = generatedDir.resolve("localhost.key");
        if (!Files.exists(cert) || !Files.exists(key)) {
            generate(cert, key);
        }
        return new Path[] { cert, key };
    }

    EmulatorProperties.Tls settings() {
        return tls;
    }

    /** The certificate HTTPS serves, as PEM, for clients to trust. */
    public String certificatePem() {
        if (certificatePem == null) {
            certificatePem = tls.keystoreFile() != null ? keystoreCertificatePem() : readPem(pemFiles()[0]);
        }
        return certificatePem;
    }

    private void generate(Path cert, Path key) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=localhost, O=b2c-graph-emulator");
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                    pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                            new GeneralName(GeneralName.iPAddress, "::1") }));
            X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            Files.createDirectories(cert.getParent());
            Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(cert, pem("CERTIFICATE", certificate.getEncoded()));
            log.info("Made a self-signed HTTPS certificate for localhost in {}", cert.getParent());
        }
        catch (Exception ex) {
            throw new StartupException("emulator.tls: cannot make the self-signed HTTPS certificate in " + generatedDir
                    + ": " + ex.getMessage(), ex);
        }
    }

    private String keystoreCertificatePem() {
        try (InputStream in = Files.newInputStream(tls.keystoreFile())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = tls.keystorePassword() == null ? new char[0] : tls.keystorePassword().toCharArray();
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate != null) {
                    return pem("CERTIFICATE", certificate.getEncoded());
                }
            }
            throw new StartupException("emulator.tls.keystore-file holds no certificate");
        }
        catch (IOException | GeneralSecurityException ex) {
            throw new StartupException(
                    "emulator.tls.keystore-file: cannot read " + tls.keystoreFile() + ": " + ex.getMessage());
        }
    }

    private static String readPem(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            CertificateFactory.getInstance("X.509").generateCertificate(Files.newInputStream(file));
            return text;
        }
        catch (IOException | GeneralSecurityException ex) {
            throw new StartupException(
                    "emulator.tls.cert-file: " + file + " is not a PEM certificate: " + ex.getMessage());
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

}
