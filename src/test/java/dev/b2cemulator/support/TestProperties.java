package dev.b2cemulator.support;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * {@link EmulatorProperties} bound by Spring Boot's own {@link Binder}, for unit tests
 * that run without Spring: the defaults are the real ones, and a setting is given as a
 * user gives it.
 */
public final class TestProperties {

    private TestProperties() {
    }

    public static EmulatorProperties defaults() {
        return bind(Map.of());
    }

    public static EmulatorProperties withMaxKeysPerSet(int maxKeysPerSet) {
        return bind(Map.of("emulator.max-keys-per-set", String.valueOf(maxKeysPerSet)));
    }

    /** The settings as {@code emulator.*} properties, the rest their defaults. */
    public static EmulatorProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("emulator",
                EmulatorProperties.class);
    }

}
