package dev.b2cemulator.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.RSAKey;
import okhttp3.internal.tls.OkHostnameVerifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsMaterialTests {

    @TempDir
    Path dataDir;

    @Test
    void theCertificateIsIssuedOnceByTheEmulatorsCaAndKept() throws Exception {
        String first = new TlsMaterial(properties(dataDir)).certificatePem();
        String second = new TlsMaterial(properties(dataDir)).certificatePem();

        assertThat(second).isEqualTo(first);
        List<X509Certificate> chain = Pem.certificates(first);
        X509Certificate ca = certificate(new TlsMaterial(properties(dataDir)).caPem().orElseThrow());
        assertThat(chain).hasSize(2).last().isEqualTo(ca);
        assertThat(names(chain.get(0))).containsExactly("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Files.readString(dataDir.resolve("tls/server.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("tls/ca.key")))
            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("tls/server.key")))
            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theChainVerifiesForEveryConfiguredNameAndForNoOther() throws Exception {
        List<String> hostnames = List.of("graph.microsoft.com", " Login.MicrosoftOnline.com ", "b2c-graph-emulator",
                "10.0.0.7");
        TlsMaterial material = new TlsMaterial(properties(dataDir, hostnames));
        List<X509Certificate> chain = Pem.certificates(material.certificatePem());
        X509Certificate ca = certificate(material.caPem().orElseThrow());

        validate(chain, ca);
        for (String name : List.of("localhost", "127.0.0.1", "::1", "graph.microsoft.com", "login.microsoftonline.com",
                "b2c-graph-emulator", "10.0.0.7")) {
            assertThat(OkHostnameVerifier.INSTANCE.verify(name, chain.get(0))).as(name).isTrue();
        }
        for (String name : List.of("microsoft.com", "evil.graph.microsoft.com", "login.windows.net", "10.0.0.8",
                "example.com")) {
            assertThat(OkHostnameVerifier.INSTANCE.verify(name, chain.get(0))).as(name).isFalse();
        }
    }

    @Test
    void theCaCanIssueServerCertificatesAndNothingElse() throws Exception {
        TlsMaterial material = new TlsMaterial(properties(dataDir));
        X509Certificate ca = certificate(material.caPem().orElseThrow());
        X509Certificate server = Pem.certificates(material.certificatePem()).get(0);

        assertThat(ca.getBasicConstraints()).as("a CA, with path length 0").isZero();
        assertThat(ca.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.getKeyUsage()[0]).as("digitalSignature").isFalse();
        assertThat(ca.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(ca.getSubjectX500Principal().getName()).contains("never trust outside test machines");
        assertThat(server.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(server.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
    }

    @Test
    void aChangedListReissuesTheServerCertificateFromTheSameCa() throws Exception {
        TlsMaterial before = new TlsMaterial(properties(dataDir, List.of("graph.microsoft.com")));
        X509Certificate firstServer = Pem.certificates(before.certificatePem()).get(0);
        String ca = before.caPem().orElseThrow();

        TlsMaterial same = new TlsMaterial(properties(dataDir, List.of("GRAPH.microsoft.com")));
        assertThat(Pem.certificates(same.certificatePem()).get(0)).as("same names: kept").isEqualTo(firstServer);

        TlsMaterial after = new TlsMaterial(properties(dataDir, List.of("graph.microsoft.com", "emulator")));
        X509Certificate reissued = Pem.certificates(after.certificatePem()).get(0);
        assertThat(after.caPem()).contains(ca);
        assertThat(reissued).isNotEqualTo(firstServer);
        assertThat(names(reissued)).contains("graph.microsoft.com", "emulator");
        validate(Pem.certificates(after.certificatePem()), certificate(ca));
    }

    @Test
    void aNameThatIsNotAHostNameStopsTheStartNamingIt() {
        for (String bad : List.of("https://graph.microsoft.com", "graph microsoft", "a_b.com", "-x.com")) {
            assertThatThrownBy(() -> new TlsMaterial(properties(dataDir, List.of(bad))).certificatePem())
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("emulator.tls.hostnames: '" + bad + "' is not a host name");
        }
    }

    private static void validate(List<X509Certificate> chain, X509Certificate ca) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX")
            .validate(CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, 1)), parameters);
    }

    private static X509Certificate certificate(String pem) throws Exception {
        return Pem.certificates(pem).get(0);
    }

    private static List<String> names(X509Certificate certificate) throws Exception {
        return certificate.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList();
    }

    @Test
    void theUsersPemPairOrKeystoreIsServedAsIs() throws Exception {
        RSAKey key = TestKeys.rsa("users-tls");
        Instant now = Instant.now();
        X509Certificate certificate = TestKeys.selfSigned(key, "my-host", now, now.plus(Duration.ofDays(30)));
        String pem = Pem.encode("CERTIFICATE", certificate.getEncoded());
        Path certFile = Files.writeString(dataDir.resolve("my.crt"), pem);
        Path keyFile = Files.writeString(dataDir.resolve("my.key"),
                Pem.encode("PRIVATE KEY", key.toPrivateKey().getEncoded()));
        Path keystore = Files.write(dataDir.resolve("my.p12"),
                Base64.getDecoder().decode(TestKeys.pkcs12(key, certificate, "store-pw", true)));

        assertThat(new TlsMaterial(
                properties(dataDir, new EmulatorProperties.Tls(true, 8443, certFile, keyFile, null, null, List.of())))
            .certificatePem()).isEqualTo(pem);
        assertThat(new TlsMaterial(properties(dataDir,
                new EmulatorProperties.Tls(true, 8443, null, null, keystore, "store-pw", List.of())))
            .certificatePem()).isEqualTo(pem);
        assertThat(new TlsMaterial(
                properties(dataDir, new EmulatorProperties.Tls(true, 8443, certFile, keyFile, null, null, List.of())))
            .caPem()).isEmpty();
        assertThat(Files.exists(dataDir.resolve("tls"))).as("nothing generated").isFalse();
    }

    private static EmulatorProperties properties(Path dataDir) {
        return properties(dataDir, List.of());
    }

    private static EmulatorProperties properties(Path dataDir, List<String> hostnames) {
        return properties(dataDir, new EmulatorProperties.Tls(true, 8443, null, null, null, null, hostnames));
    }

    private static EmulatorProperties properties(Path dataDir, EmulatorProperties.Tls tls) {
        return new EmulatorProperties(EmulatorProperties.AuthMode.STRICT, EmulatorProperties.DEFAULT_TENANT, null, null,
                List.of(), List.of(), EmulatorProperties.ErrorStatus.B2C, 100, DataSize.ofMegabytes(1), null, dataDir,
                new EmulatorProperties.Journal(1000), null, tls, 100_000, DataSize.ofKilobytes(16), null,
                DataSize.ofMegabytes(1), DataSize.ofMegabytes(4), 200, 10, null,
                List.of(EmulatorProperties.PolicyCheck.values()), null, 8);
    }

}
