package dev.b2cemulator.container;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import dev.b2cemulator.admin.RequestJournal;
import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.support.EmulatorHttps;
import dev.b2cemulator.support.EmulatorIntegrationTest;

import dev.b2cemulator.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compose file's recipe for unchanged tools, checked against the application: the
 * network aliases are names of the certificate, HTTPS listens on 443, and the example
 * tool's own script, run as written against an emulator started with the compose file's
 * host names (curl's {@code --connect-to} standing in for the compose network), gets a
 * token from login.microsoftonline.com and creates a keyset at graph.microsoft.com.
 * {@code docker-compose config} accepts the file when it is here.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.tls.enabled=true", "emulator.tls.port=0" })
class ComposeUnchangedToolIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    RequestJournal journal;

    @DynamicPropertySource
    static void theComposeFilesHostNames(DynamicPropertyRegistry registry) throws Exception {
        String hostnames = String.join(",", ComposeFile.emulatorSettings().tls().hostnames());
        registry.add("emulator.tls.hostnames", () -> hostnames);
    }

    @Test
    void theAliasesAreNamesOfTheCertificateAndHttpsIsOn443() throws Exception {
        EmulatorProperties settings = ComposeFile.emulatorSettings();
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) ((Map<?, ?>) ((Map<?, ?>) ComposeFile.service(ComposeFile.EMULATOR)
            .get("networks")).get("default")).get("aliases");

        assertThat(aliases).containsExactlyInAnyOrder("graph.microsoft.com", "login.microsoftonline.com");
        assertThat(settings.tls().hostnames()).containsAll(aliases).contains(ComposeFile.EMULATOR);
        assertThat(settings.tls().port()).isEqualTo(443);
        assertThat(ComposeFile.script("unchanged-tool")).contains("https://login.microsoftonline.com/",
                "https://graph.microsoft.com/beta/", "--cacert");
        assertThat(ComposeFile.service("unchanged-tool").get("environment").toString())
            .contains("http://" + ComposeFile.EMULATOR + ":8080/_emulator/ca.pem");
    }

    @Test
    void theUnchangedToolRunsAsWritten() throws Exception {
        assumeTrue(onPath("curl"), "curl runs the compose file's script");
        String connectTo = String.join(" ", "--connect-to", ComposeFile.EMULATOR + ":8080:127.0.0.1:" + port,
                "--connect-to", "graph.microsoft.com:443:127.0.0.1:" + httpsPort(), "--connect-to",
                "login.microsoftonline.com:443:127.0.0.1:" + httpsPort());
        String script = "curl() { command curl " + connectTo + " \"$@\"; }\n" + ComposeFile.script("unchanged-tool");
        journal.clear();

        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script);
        builder.environment().put("CA_URL", "http://" + ComposeFile.EMULATOR + ":8080/_emulator/ca.pem");
        ChildProcess.Result process = ChildProcess.run(builder, Duration.ofSeconds(60));
        String output = process.output();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("keyset created at https://graph.microsoft.com");
        assertThat(journal.find(null, null, null)).extracting(call -> call.method() + " " + call.host() + call.path())
            .contains("POST login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
                    "POST graph.microsoft.com/beta/trustFramework/keySets");
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        assumeTrue(onPath("docker-compose"), "docker-compose checks the file where it is installed");
        ChildProcess.Result config = ChildProcess.run(new ProcessBuilder("docker-compose", "-f", "docker-compose.yml",
                "--profile", "example", "config", "-q"), Duration.ofSeconds(60));
        assertThat(config.exitValue()).as(config.output()).isZero();
    }

    private int httpsPort() {
        return EmulatorHttps.port(context);
    }

    private static boolean onPath(String command) throws Exception {
        return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
    }

}
