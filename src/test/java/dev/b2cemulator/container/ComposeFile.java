package dev.b2cemulator.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import dev.b2cemulator.config.EmulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml as the tests read it: its services, and the emulator's settings. */
final class ComposeFile {

    static final String EMULATOR = "b2c-graph-emulator";

    private ComposeFile() {
    }

    static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> service = (Map<String, Object>) ((Map<?, ?>) compose.get("services")).get(name);
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    /** The emulator service's environment, bound as the application binds it. */
    static EmulatorProperties emulatorSettings() throws IOException {
        Map<String, Object> variables = new HashMap<>();
        ((Map<?, ?>) service(EMULATOR).get("environment"))
            .forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        var source = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                variables);
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("emulator", EmulatorProperties.class);
    }

    /**
     * A service's {@code sh -c} script, with compose's {@code $$} turned into {@code $}.
     */
    static String script(String name) throws IOException {
        List<String> entrypoint = ((List<?>) service(name).get("entrypoint")).stream().map(String::valueOf).toList();
        assertThat(entrypoint).as(name + " entrypoint").hasSize(3).startsWith("sh", "-c");
        return String.valueOf(entrypoint.get(2)).replace("$$", "$");
    }

}
