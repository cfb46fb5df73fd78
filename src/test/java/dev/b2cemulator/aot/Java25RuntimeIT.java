package dev.b2cemulator.aot;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.b2cemulator.support.EmulatorProcess;
import dev.b2cemulator.support.RawGraphClient;
import dev.b2cemulator.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The runtime the image ships: the packaged jar started on a Java 25 found on the machine
 * ({@code JAVA25_HOME}, else a JDK or JRE 25 under {@code /usr/lib/jvm}), with the flags
 * the Dockerfile gives it ({@code JDK_JAVA_OPTIONS}), drives a pipeline's calls. The
 * build itself runs on Java 17; skipped where there is no Java 25.
 */
class Java25RuntimeIT {

    @TempDir
    Path dir;

    private Process emulator;

    @AfterEach
    void stop() throws InterruptedException {
        EmulatorProcess.stop(emulator);
    }

    @Test
    void theJarServesAPipelineOnJava25WithTheImagesFlags() throws Exception {
        Optional<Path> java25 = java25();
        assumeTrue(java25.isPresent(), "no Java 25 on this machine (JAVA25_HOME, /usr/lib/jvm)");
        int port = EmulatorProcess.freePort();
        Path output = dir.resolve("emulator.out");
        ProcessBuilder builder = new ProcessBuilder(java25.get().resolve("bin/java").toString(), "-jar",
                System.getProperty("emulator.jar"), "--server.port=" + port, "--server.address=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment().put("JDK_JAVA_OPTIONS", imageFlags());
        emulator = builder.start();
        EmulatorProcess.awaitHealthy(emulator, port, output);
        assertThat(Files.readString(output)).contains("using Java 25").contains("Starting AOT-processed");

        RawGraphClient graph = RawGraphClient.forTenant(port, "contoso.onmicrosoft.com");
        assertThat(graph.post("/beta/trustFramework/keySets", "{\"id\":\"Signing\"}").statusCode()).isEqualTo(201);
        assertThat(graph
            .post("/beta/trustFramework/keySets/B2C_1A_Signing/generateKey", "{\"use\":\"sig\",\"kty\":\"RSA\"}")
            .statusCode()).isEqualTo(200);
        assertThat(graph.post("/beta/trustFramework/keySets", "{\"id\":\"Secret\"}").statusCode()).isEqualTo(201);
        assertThat(graph
            .post("/beta/trustFramework/keySets/B2C_1A_Secret/uploadSecret", "{\"use\":\"sig\",\"k\":\"c2VjcmV0\"}")
            .statusCode()).isEqualTo(200);
        String policy = TestPolicies.policy("contoso.onmicrosoft.com", "B2C_1A_Base", null, "B2C_1A_Signing",
                "B2C_1A_Secret");
        HttpResponse<String> upload = graph.send("PUT", "/beta/trustFramework/policies/B2C_1A_Base/$value", policy);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(graph.get("/beta/trustFramework/keySets/B2C_1A_Signing/getActiveKey").body())
            .contains("\"kty\":\"RSA\"");
        assertThat(graph.get("/beta/trustFramework/keySets?$top=1").body()).contains("@odata.nextLink");
        assertThat(graph.send("DELETE", "/beta/trustFramework/keySets/B2C_1A_Secret", null).statusCode())
            .isEqualTo(204);
        assertThat(graph.get("/beta/trustFramework/keySets/B2C_1A_Secret.bak").statusCode()).isEqualTo(200);
    }

    /** What the Dockerfile's {@code ENV JDK_JAVA_OPTIONS="…"} line sets. */
    static String imageFlags() throws IOException {
        Matcher flags = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"(.*)\"$")
            .matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(flags.find()).as("the Dockerfile's JDK_JAVA_OPTIONS").isTrue();
        return flags.group(1);
    }

    static Optional<Path> java25() throws IOException {
        String home = System.getenv("JAVA25_HOME");
        List<Path> candidates = new java.util.ArrayList<>();
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted().forEach(candidates::add);
            }
        }
        for (Path candidate : candidates) {
            Path release = candidate.resolve("release");
            if (Files.isExecutable(candidate.resolve("bin/java")) && Files.isRegularFile(release)
                    && Files.readString(release).contains("JAVA_VERSION=\"25")) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

}
