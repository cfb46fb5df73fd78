package dev.b2cemulator.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dev.b2cemulator.config.EmulatorProperties;

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
        List<String> names = certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList();
        assertThat(names).contains("localhost", "127.0.0.1");
    }

    private static EmulatorProperties properties(Path dataDir) {
        return new EmulatorProperties(EmulatorProperties.AuthMode.STRICT, EmulatorProperties.DEFAULT_TENANT, null,
                null, List.of(), List.of(), EmulatorProperties.ErrorStatus.B2C, 100, DataSize.ofMegabytes(1), null,
                dataDir, new EmulatorProperties.Journal(1000), null,
                new EmulatorProperties.Tls(true, 8443, null, null, null, null));
    }

}
