package dev.b2cemulator.config;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.b2cemulator.B2cGraphEmulatorApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A bad setting stops the start, with a message that names the property
 * (docs/EMULATOR.md).
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupValidationTests {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "--emulator.max-keys-per-set=0|emulator.max-keys-per-set",
            "--emulator.auth-mode=maybe|emulator.auth-mode",
            "--emulator.public-base-url=localhost:8080|emulator.public-base-url",
            "--emulator.default-tenant=not a tenant|emulator.default-tenant",
            "--emulator.journal.max-entries=-1|emulator.journal.max-entries",
            "--emulator.tls.port=70000|emulator.tls.port", "--emulator.policy-checks=everything|emulator.policy-checks",
            "--emulator.tenant-domains=contoso.onmicrosoft.com|emulator.tenant-domains",
            "--emulator.faults={\"failureRate\":3}|emulator.faults",
            "--emulator.seed-file=does-not-exist.json|emulator.seed-file",
            "--emulator.signing-key-file=does-not-exist.pem|emulator.signing-key-file" })
    void aBadSettingStopsTheStartNamingTheProperty(String argument, String property, CapturedOutput output) {
        // Boot names nested properties in camel case (emulator.journal.maxEntries):
        // compare the canonical form.
        assertThat(canonical(failureOf(argument, output))).contains(canonical(property));
    }

    static Stream<Arguments> badSeedFiles() {
        return Stream.of(Arguments.of(
                "{'tenants':{'contoso.onmicrosoft.com':{'keySets':[{'id':'x','keys':[{'kty':'EC','use':'sig'}]}]}}}",
                "keySet 'x': AADB2C95031"),
                Arguments.of("{'tenants':{'not a tenant':{'keySets':[]}}}", "'not a tenant' is neither"),
                Arguments.of(
                        "{'tenants':{'contoso.onmicrosoft.com':{'keySets':[{'id':'y','generate':[{'kty':'RSA'}]}]}}}",
                        "keySet 'y': AADB2C90253"),
                Arguments.of("[1,2,3]", "is not a valid seed file"),
                Arguments.of("{'tenants':{'contoso.onmicrosoft.com':{'keySets':[{'id':'has space'}]}}}",
                        "keySet 'has space': AADB2C"));
    }

    @ParameterizedTest
    @MethodSource("badSeedFiles")
    void aBadSeedFileStopsTheStartNamingTheProblem(String content, String messagePart, CapturedOutput output)
            throws Exception {
        Path seed = Files.writeString(Files.createTempFile(dir, "seed", ".json"), content.replace('\'', '"'));

        assertThat(failureOf("--emulator.seed-file=" + seed, output)).contains("emulator.seed-file")
            .contains(messagePart);
    }

    /**
     * What a user sees at the default log level: the analysis alone, short, with no stack
     * trace.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = {
                    "--emulator.auth-mode=none|emulator.auth-mode (EMULATOR_AUTH_MODE) is 'none', which is not one "
                            + "of the allowed values: strict, off.",
                    "--emulator.error-status=http|is 'http', which is not one of the allowed values: b2c, rest.",
                    "--emulator.max-keys-per-set=0|emulator.max-keys-per-set (EMULATOR_MAX_KEYS_PER_SET) is '0': "
                            + "must be greater than or equal to 1.",
                    "--emulator.tls.port=70000|emulator.tls.port (EMULATOR_TLS_PORT) is '70000': must be less than "
                            + "or equal to 65535.",
                    "--emulator.clients[0].id=pipeline|emulator.clients[0].secret (EMULATOR_CLIENTS_0_SECRET) is "
                            + "not set: must not be blank.",
                    "--emulator.seed-file=does-not-exist.json|emulator.seed-file: cannot read does-not-exist.json",
                    "--emulator.signing-key-file=does-not-exist.pem|emulator.signing-key-file: cannot read" })
    void aBadSettingPrintsOneShortMessageWithoutAStackTrace(String argument, String message, CapturedOutput output) {
        assertShortReport(argument, message, output);
    }

    @ParameterizedTest
    @MethodSource("badSeedFiles")
    void aBadSeedFilePrintsOneShortMessageWithoutAStackTrace(String content, String messagePart, CapturedOutput output)
            throws Exception {
        Path seed = Files.writeString(Files.createTempFile(dir, "seed", ".json"), content.replace('\'', '"'));

        assertShortReport("--emulator.seed-file=" + seed, messagePart, output);
    }

    private static void assertShortReport(String argument, String message, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SpringApplication
            .run(B2cGraphEmulatorApplication.class, "--server.port=0", "--spring.main.banner-mode=off", argument)
            .close());

        assertThat(failure).isNotNull();
        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START").contains(message);
        assertThat(printed.lines().filter(line -> line.startsWith("\tat ") || line.contains("Exception in thread")))
            .as("stack trace lines in what the user sees")
            .isEmpty();
        String analysis = printed.substring(printed.lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(analysis.lines().count()).as("lines of the failure report").isLessThan(15);
    }

    private static String canonical(String text) {
        return text.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** What the user sees: the failure analysis Boot prints, and the exception. */
    private static String failureOf(String argument, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SpringApplication
            .run(B2cGraphEmulatorApplication.class, "--server.port=0", "--logging.level.root=OFF",
                    "--logging.level.org.springframework.boot.diagnostics=ERROR", argument)
            .close());
        assertThat(failure).as("the start with " + argument + " must fail").isNotNull();
        StringBuilder messages = new StringBuilder(output.getAll());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

}
