package dev.b2cemulator.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;

/**
 * The HTTPS certificate and key: the user's PEM pair or PKCS#12 keystore, or a server
 * certificate issued by the emulator's own CA for {@code localhost}, {@code 127.0.0.1},
 * {@code ::1} and {@code EMULATOR_TLS_HOSTNAMES}, made once and kept as PEM files in the
 * data dir (or a temp folder), so that a trust set up once keeps working across restarts.
 */
@Component
public class TlsMaterial {

    private static final Logger log = LoggerFactory.getLogger(TlsMaterial.class);

    private final EmulatorProperties.Tls tls;

    private final Path generatedDir;

    private volatile ServerCertificate.Material generated;

    private volatile String certificatePem;

    public TlsMaterial(EmulatorProperties properties) {
        this.tls = properties.tls();
        if ((userPem() || tls.keystoreFile() != null) && !tls.hostnames().isEmpty()) {
            log.warn("emulator.tls.hostnames {} is ignored: the HTTPS certificate is your own, and carries its own "
                    + "names", tls.hostnames());
        }
        Path base = properties.dataDir() != null ? properties.dataDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "b2c-graph-emulator");
        this.generatedDir = base.resolve("tls");
    }

    public boolean enabled() {
        return tls.enabled();
    }

    /** PEM files for Tomcat: the user's, or the CA-issued pair (made on first use). */
    Path[] pemFiles() {
        if (userPem()) {
            if (tls.certFile() == null || tls.keyFile() == null) {
                throw new StartupException("emulator.tls.cert-file and emulator.tls.key-file go together");
            }
            return new Path[] { tls.certFile(), tls.keyFile() };
        }
        ServerCertificate.Material material = generated();
        return new Path[] { material.chainFile(), material.keyFile() };
    }

    EmulatorProperties.Tls settings() {
        return tls;
    }

    /**
     * The certificate HTTPS serves, as PEM, for clients to trust: the user's, or the
     * generated chain (server, then the emulator's CA).
     */
    public String certificatePem() {
        if (certificatePem == null) {
            certificatePem = tls.keystoreFile() != null ? keystoreCertificatePem()
                    : userPem() ? readPem(tls.certFile()) : generated().chainPem();
        }
        return certificatePem;
    }

    /**
     * The emulator's CA certificate; empty when the user brings their own certificate.
     */
    public Optional<String> caPem() {
        return userPem() || tls.keystoreFile() != null ? Optional.empty() : Optional.of(generated().caPem());
    }

    private boolean userPem() {
        return tls.certFile() != null || tls.keyFile() != null;
    }

    private ServerCertificate.Material generated() {
        if (generated == null) {
            synchronized (this) {
                if (generated == null) {
                    generated = ServerCertificate.ensure(generatedDir, tls.hostnames());
                }
            }
        }
        return generated;
    }

    private String keystoreCertificatePem() {
        try (InputStream in = Files.newInputStream(tls.keystoreFile())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = tls.keystorePassword() == null ? new char[0] : tls.keystorePassword().toCharArray();
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate != null) {
                    return Pem.encode("CERTIFICATE", certificate.getEncoded());
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
            Pem.certificates(text).get(0);
            return text;
        }
        catch (IOException | GeneralSecurityException | IndexOutOfBoundsException ex) {
            throw new StartupException(
                    "emulator.tls.cert-file: " + file + " is not a PEM certificate: " + ex.getMessage());
        }
    }

}
