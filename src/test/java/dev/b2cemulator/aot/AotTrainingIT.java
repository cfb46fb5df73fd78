package dev.b2cemulator.aot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The image's training run ({@code src/main/docker/aot-training.sh}) against the packaged
 * jar unpacked as the Dockerfile unpacks it. The build's JDK may be 17, which has no
 * {@code -XX:AOTCacheOutput}; its class-data-sharing archive written at exit
 * ({@code -XX:ArchiveClassesAtExit}) is the same mechanism with the same training, and
 * what Java 17 users are told to make (docs/PERFORMANCE.md).
 */
class AotTrainingIT {

    private static final String SCRIPT = "src/main/docker/aot-training.sh";

    @TempDir
    static Path dir;

    static Path jar;

    @BeforeAll
    static void unpack() throws Exception {
        Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", System.getProperty("emulator.jar"),
                "extract", "--destination", dir.resolve("app").toString())
            .inheritIO()
            .start();
        assertThat(extract.waitFor(120, TimeUnit.SECONDS) && extract.exitValue() == 0).isTrue();
        try (Stream<Path> files = Files.list(dir.resolve("app"))) {
            jar = files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    @Test
    void theTrainingAnswersEveryCallAsExpectedAndLeavesAnArchiveTheNextStartUses() throws Exception {
        Path archive = dir.resolve("emulator.jsa");
        Result training = train(Map.of(), "-XX:ArchiveClassesAtExit=" + archive);

        assertThat(training.exitCode()).as(training.output()).isZero();
        assertThat(training.output()).contains("aot-training: POST /contoso.onmicrosoft.com/oauth2/v2.0/token 200",
                "aot-training: POST /beta/trustFramework/keySets/B2C_1A_TrainingSigning3/generateKey 200",
                "aot-training: PUT /beta/trustFramework/policies/B2C_1A_TrainingBase3/$value 201",
                "aot-training: GET /beta/trustFramework/keySets 401",
                "aot-training: DELETE /beta/trustFramework/keySets/B2C_1A_TrainingSigning3 204");
        assertThat(Files.size(archive)).as("the archive written as the JVM exited").isGreaterThan(1 << 20);

        Path log = dir.resolve("start.out");
        Process start = new ProcessBuilder(java(), "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info",
                "-Dspring.context.exit=onRefresh", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        if (!start.waitFor(120, TimeUnit.SECONDS)) {
            start.destroyForcibly();
        }
        assertThat(Files.readString(log)).as("application classes come from the archive")
            .contains("dev.b2cemulator.B2cGraphEmulatorApplication source: shared objects file (top)")
            .doesNotContain("Unable to use shared archive");
    }

    @Test
    void aCallAnsweredOtherwiseFailsTheTrainingAndStopsTheEmulator() throws Exception {
        // With tokens not required, the call without one answers 200 instead of 401.
        Result training = train(Map.of("EMULATOR_AUTH_MODE", "off"));

        assertThat(training.exitCode()).isNotZero();
        assertThat(training.output()).contains("GET /beta/trustFramework/keySets answered 200, expected 401")
            .as("the emulator's own output follows")
            .contains("Started B2cGraphEmulatorApplication");
        assertThatThrownBy(() -> new Socket("127.0.0.1", training.port()).close()).as("nothing listens any more")
            .isInstanceOf(IOException.class);
    }

    private static Result train(Map<String, String> environment, String... jvmOptions) throws Exception {
        int port = freePort();
        Path output = Files.createTempFile(dir, "training", ".out");
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of("bash", SCRIPT, jar.toString()), Stream.of(jvmOptions)).toList())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("JAVA", java());
        Process script = builder.start();
        if (!script.waitFor(300, TimeUnit.SECONDS)) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
            throw new AssertionError("the training did not end within 300 s: " + Files.readString(output));
        }
        return new Result(script.exitValue(), Files.readString(output), port);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int exitCode, String output, int port) {
    }

}
