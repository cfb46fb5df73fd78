package dev.b2cemulator.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.admin.RequestJournal;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.TestKeys;

import dev.b2cemulator.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shell snippets a newcomer pastes, run as written against a started emulator: every
 * {@code shell} block after a {@code <!-- runs: … -->} line, in order, in one bash
 * session (localhost:8080 pointed at the test's port, with the cert.der and cert.pfx the
 * docs tell the reader to make). Every call the journal records must have succeeded,
 * except one 400 for each block marked {@code (one 400)}: a refusal the docs show.
 */
@EmulatorIntegrationTest
class DocsShellIntegrationTests {

    private static final Pattern RUNNABLE_BLOCK = Pattern.compile("(?m)^<!-- runs: ([^>]*)-->\\n```shell\\n(.*?)^```$",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    RequestJournal journal;

    @TempDir
    Path workDir;

    @ParameterizedTest
    @ValueSource(strings = { "README.md", "docs/API.md", "docs/POLICIES.md" })
    void theDocumentedCommandsRunAsWritten(String doc) throws Exception {
        assumeTrue(onPath("curl") && onPath("base64"), "curl and base64 are needed to run the docs' commands");
        List<String> blocks = new ArrayList<>();
        int refusals = 0;
        Matcher block = RUNNABLE_BLOCK.matcher(Files.readString(Path.of(doc)));
        while (block.find()) {
            refusals += block.group(1).contains("(one 400)") ? 1 : 0;
            blocks.add(block.group(2));
        }
        assertThat(blocks).as("runnable blocks in " + doc).isNotEmpty();
        writeCertificateFiles();
        journal.clear();

        // A tenant of its own: the emulator under test is shared with other test classes.
        String tenant = doc.replaceAll("[^A-Za-z]", "").toLowerCase() + ".onmicrosoft.com";
        String script = String.join("\n", blocks)
            .replace("localhost:8080", "localhost:" + port)
            .replace("contoso.onmicrosoft.com", tenant);
        ChildProcess.Result bash = ChildProcess.run(
                new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(workDir.toFile()),
                Duration.ofMinutes(2));
        String output = bash.output();

        assertThat(bash.exitValue()).as(output).isZero();
        List<RequestJournal.Entry> calls = journal.find(null, null, null);
        assertThat(calls).as("calls made by the docs' commands").hasSizeGreaterThan(blocks.size());
        assertThat(calls).as(output)
            .filteredOn(call -> call.status() != 400)
            .allSatisfy(call -> assertThat(call.status()).as(call.method() + " " + call.path()).isBetween(200, 299));
        assertThat(calls).as("400s: one per block marked (one 400)\n" + output)
            .filteredOn(call -> call.status() == 400)
            .hasSize(refusals);
        if (doc.equals("README.md")) {
            assertThat(output).contains("HTTP/1.1 201").contains("Location: /trustFramework/keySets('B2C_1A_keyset1')");
        }
        if (doc.equals("docs/POLICIES.md")) {
            assertThat(output).contains("B2C_1A_TrustFrameworkBase 201\nB2C_1A_signup_signin 201\n")
                .contains("Tenant \\\"" + tenant + "\\\" does not have CryptographicKey referenced by "
                        + "storageReferenceId \\\"B2C_1A_FacebookSecret\\\"");
        }
    }

    /**
     * What the docs ask the reader to make with openssl: a certificate (DER) and a
     * PKCS#12 with its key.
     */
    private void writeCertificateFiles() throws Exception {
        RSAKey key = TestKeys.rsa("docs-certificate");
        X509Certificate certificate = TestKeys.selfSigned(key, "test", Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)));
        Files.write(workDir.resolve("cert.der"), certificate.getEncoded());
        Files.write(workDir.resolve("cert.pfx"),
                Base64.getDecoder().decode(TestKeys.pkcs12(key, certificate, "pfx-password", true)));
    }

    private static boolean onPath(String command) throws Exception {
        return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
    }

}
