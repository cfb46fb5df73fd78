package dev.b2cemulator.container;

import java.time.Duration;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.support.EmulatorIntegrationTest;

import dev.b2cemulator.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile, docker-compose.yml and the CI workflow, checked against the
 * application: ports, the health path, the env var names, and the healthcheck commands
 * themselves, run against this emulator (no Docker engine is needed for that).
 */
@EmulatorIntegrationTest
class ContainerFilesIntegrationTests {

    private static final Pattern ENV_NAME = Pattern.compile("\\b(EMULATOR_[A-Z0-9_]+|SERVER_PORT)\\b");

    @LocalServerPort
    int port;

    private final EmulatorProperties defaults = new Binder(
            ConfigurationPropertySources.from(new StandardEnvironment().getPropertySources()))
        .bindOrCreate("emulator", EmulatorProperties.class);

    @Test
    void theComposeFileExposesTheDefaultPortsAndNamesOnlyRealSettings() throws IOException {
        Map<String, Object> emulator = composeService(ComposeFile.EMULATOR);
        EmulatorProperties settings = ComposeFile.emulatorSettings();

        assertThat(settings.tls().enabled()).isTrue();
        assertThat(settings.seedFile()).isEqualTo(Path.of("/seed/seed.json"));
        assertThat((List<?>) emulator.get("ports")).map(String::valueOf)
            .containsExactly("8080:8080", defaults.tls().port() + ":" + settings.tls().port());
        Map<?, ?> environment = (Map<?, ?>) emulator.get("environment");
        environment.keySet()
            .forEach(name -> assertThat(isSetting(String.valueOf(name))).as(name + " is a setting").isTrue());
        assertThat((List<?>) emulator.get("volumes")).map(String::valueOf)
            .contains("./examples/seed.json:/seed/seed.json:ro");
        for (String commented : envNamesIn(Files.readString(Path.of("docker-compose.yml")))) {
            assertThat(isSetting(commented)).as(commented + " (in docker-compose.yml) is a setting").isTrue();
        }
        Map<String, Object> tests = composeService("tests");
        assertThat(((Map<?, ?>) ((Map<?, ?>) tests.get("depends_on")).get("b2c-graph-emulator")).get("condition"))
            .isEqualTo("service_healthy");
    }

    @Test
    void theDocsNameOnlyRealSettingsAndEverySetting() throws IOException {
        try (var docs = Files.walk(Path.of("docs"))) {
            for (Path doc : Stream.concat(Stream.of(Path.of("README.md")), docs.filter(Files::isRegularFile).sorted())
                .toList()) {
                for (String name : envNamesIn(Files.readString(doc))) {
                    assertThat(isSetting(name)).as(name + " (in " + doc + ") is a setting").isTrue();
                }
            }
        }
        String configuration = Files.readString(Path.of("docs/CONFIGURATION.md"));
        for (String setting : settingNames(EmulatorProperties.class, "EMULATOR")) {
            String name = setting.replace("_[0-9]+", "_0");
            assertThat(configuration).as(name + " is in docs/CONFIGURATION.md").contains(name);
        }
    }

    @Test
    void theHealthchecksSucceedAgainstARunningEmulator() throws Exception {
        List<String> dockerfileCheck = dockerfileHealthcheck();
        assertThat(dockerfileCheck).startsWith("bash", "-c");
        assertThat(dockerfileCheck.get(2)).contains("/_emulator/health");
        assertThat(run(dockerfileCheck.get(2), Map.of("SERVER_PORT", String.valueOf(port)))).isZero();

        @SuppressWarnings("unchecked")
        List<String> composeCheck = (List<String>) ((Map<?, ?>) composeService("b2c-graph-emulator").get("healthcheck"))
            .get("test");
        assertThat(composeCheck).startsWith("CMD", "bash", "-c");
        // Compose turns $$ into $; the port comes from SERVER_PORT, as in the
        // Dockerfile's check.
        String composeScript = composeCheck.get(3).replace("$$", "$");
        assertThat(composeScript).doesNotContain("/8080 ").contains("${SERVER_PORT:-8080}");
        assertThat(run(composeScript, Map.of("SERVER_PORT", String.valueOf(port)))).isZero();
        assertThat(run(composeScript, Map.of("SERVER_PORT", "1"))).as("a check that can fail").isNotZero();
    }

    @Test
    void theDockerfileBuildsOnAJdkRunsOnAJreAsNonRootAndExposesBothPorts() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");

        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jdk AS build$")
            .containsPattern("(?m)^FROM eclipse-temurin:25-jre$")
            .containsPattern("(?m)^EXPOSE 8080 " + defaults.tls().port() + "$")
            .containsPattern("(?m)^USER 10001:10001$")
            .contains("extract --destination /extracted")
            .as("the AOT cache made by the training run that AotTrainingIT runs")
            .contains("COPY src/main/docker/aot-training.sh /app/")
            .contains("RUN bash /app/aot-training.sh /app/emulator.jar -XX:AOTCacheOutput=/app/emulator.aot")
            .containsPattern(
                    "(?m)^ENTRYPOINT \\[\"java\", \"-XX:AOTCache=/app/emulator.aot\", .*\"-jar\",\\s+\"/app/emulator.jar\"\\]$")
            .contains("-XX:MaxRAMPercentage=75")
            .as("the training run and the ENTRYPOINT share the flags, through the launcher's variable")
            .containsPattern(
                    "(?m)^ENV JDK_JAVA_OPTIONS=\"-Dspring.aot.enabled=true -XX:\\+UseSerialGC -Xms16m -XX:MaxTenuringThreshold=1 -XX:TrimNativeHeapInterval=5000\"$");
        assertThat(dockerfile.indexOf("ENV JDK_JAVA_OPTIONS")).isLessThan(dockerfile.indexOf("-XX:AOTCacheOutput"));
        assertThat(Files.readString(Path.of("pom.xml"))).as("./mvnw spring-boot:run runs with the image's collector")
            .contains("<jvmArguments>-XX:+UseSerialGC -Xms16m -XX:MaxTenuringThreshold=1</jvmArguments>");
    }

    @Test
    void theWorkflowRunsTheReadmesTestsBuildsStartsAndReleasesTheImage() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(Path.of(".github/workflows/ci.yml")));
        Map<?, ?> jobs = (Map<?, ?>) workflow.get("jobs");
        String text = Files.readString(Path.of(".github/workflows/ci.yml"));

        assertThat(jobs.keySet()).map(String::valueOf).contains("test", "image", "release");
        assertThat(text).contains("run: ./mvnw -B verify")
            .contains("docker build")
            .contains("docker compose up -d --wait --no-build")
            .contains("-t b2c-graph-emulator:local")
            .contains("docker rm -f emulator")
            .contains("docker compose --profile example logs")
            .contains("docker compose --profile example run --rm unchanged-tool")
            .contains("/beta/trustFramework/keySets");
        assertThat(((Map<?, ?>) jobs.get("release")).get("if")).isEqualTo("startsWith(github.ref, 'refs/tags/v')");
        assertThat(Files.readString(Path.of("README.md"))).contains("./mvnw verify");
    }

    private static Map<String, Object> composeService(String name) throws IOException {
        return ComposeFile.service(name);
    }

    private static List<String> dockerfileHealthcheck() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
        Matcher check = Pattern.compile("(?m)^HEALTHCHECK .*?CMD (\\[.*\\])$").matcher(dockerfile);
        assertThat(check.find()).as("HEALTHCHECK … CMD [exec form]").isTrue();
        return List.of(JsonMapper.shared().readValue(check.group(1), String[].class));
    }

    private static int run(String script, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script);
        builder.environment().putAll(environment);
        return ChildProcess.run(builder, Duration.ofSeconds(20)).exitValue();
    }

    private static List<String> envNamesIn(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = ENV_NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * SERVER_PORT, or the env form of a component of {@link EmulatorProperties} (nested
     * records and lists too).
     */
    static boolean isSetting(String name) {
        return name.equals("SERVER_PORT")
                || settingNames(EmulatorProperties.class, "EMULATOR").stream().anyMatch(name::matches);
    }

    private static List<String> settingNames(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "_" + component.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
            if (component.getType().isRecord()) {
                names.addAll(settingNames(component.getType(), name));
            }
            else if (component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                names.addAll(settingNames(element, name + "_[0-9]+"));
            }
            else {
                names.add(name);
            }
        }
        return names;
    }

}
