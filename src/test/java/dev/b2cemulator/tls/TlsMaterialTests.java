package dev.b2cemulator.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

class TlsMaterialTests {

    @TempDir
    Path dataDir;

    @Test
    void theSelfSignedCertificateIsMadeOnceForLocalhostAndKept() throws Exception {
        String first = new TlsMaterial(properties(dataDir)).certificatePem();
        String second = new TlsMaterial(properties(dataDir)).certificatePem();

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(dataDir.resolve("tls/localhost.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(first.getBytes(StandardCharsets.US_ASCII)));
        List<String> names = certificate.getSubjectAlternativeNames()
            .stream()
            .map(name -> String.valueOf(name.get(1)))
            .toList();
        assertThat(names).contains("localhost", "127.0.0.1");
    }

    @Test
    void theUsersPemPairOrKeystoreIsServedAsIs() throws Exception {
        RSAKey key = TestKeys.rsa("users-tls");
        Instant now = Instant.now();
        X509Certificate certificate = TestKeys.selfSigned(key, "my-host", now, now.plus(Duration.ofDays(30)));
        String pem = TlsMaterial.pem("CERTIFICATE", certificate.getEncoded());
        Path certFile = Files.writeString(dataDir.resolve("my.crt"), pem);
        Path keyFile = Files.writeString(dataDir.resolve("my.key"),
                TlsMaterial.pem("PRIVATE KEY", key.toPrivateKey().getEncoded()));
        Path keystore = Files.write(dataDir.resolve("my.p12"),
                Base64.getDecoder().decode(TestKeys.pkcs12(key, certificate, "store-pw", true)));

        assertThat(new TlsMaterial(
                properties(dataDir, new EmulatorProperties.Tls(true, 8443, certFile, keyFile, null, null)))
            .certificatePem()).isEqualTo(pem);
        assertThat(new TlsMaterial(
                properties(dataDir, new EmulatorProperties.Tls(true, 8443, null, null, keystore, "store-pw")))
            .certificatePem()).isEqualTo(pem);
        assertThat(Files.exists(dataDir.resolve("tls"))).as("nothing generated").isFalse();
    }

    private static EmulatorProperties properties(Path dataDir) {
        return properties(dataDir, new EmulatorProperties.Tls(true, 8443, null, null, null, null));
    }

    private static EmulatorProperties properties(Path dataDir, EmulatorProperties.Tls tls) {
        return new EmulatorProperties(EmulatorProperties.AuthMode.STRICT, EmulatorProperties.DEFAULT_TENANT, null, null,
                List.of(), List.of(), EmulatorProperties.ErrorStatus.B2C, 100, DataSize.ofMegabytes(1), null, dataDir,
                new EmulatorProperties.Journal(1000), null, tls, 100_000, DataSize.ofKilobytes(16), null,
                DataSize.ofMegabytes(1), DataSize.ofMegabytes(4), 200, 10, null,
                List.of(EmulatorProperties.PolicyCheck.values()), null);
    }

}
