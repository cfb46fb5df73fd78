package dev.b2cemulator.support;

import java.util.List;

import org.springframework.util.unit.DataSize;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * {@link EmulatorProperties} with the documented defaults, for unit tests that run
 * without Spring.
 */
public final class TestProperties {

    private TestProperties() {
    }

    public static EmulatorProperties defaults() {
        return withMaxKeysPerSet(100);
    }

    public static EmulatorProperties withMaxKeysPerSet(int maxKeysPerSet) {
        return new EmulatorProperties(EmulatorProperties.AuthMode.STRICT, EmulatorProperties.DEFAULT_TENANT, null, null,
                List.of(), List.of(), EmulatorProperties.ErrorStatus.B2C, maxKeysPerSet, DataSize.ofMegabytes(1), null,
                null, new EmulatorProperties.Journal(1000), null,
                new EmulatorProperties.Tls(false, 8443, null, null, null, null, List.of()), 100_000,
                DataSize.ofKilobytes(16), null, DataSize.ofMegabytes(1), DataSize.ofMegabytes(4), 200, 10, null,
                List.of(EmulatorProperties.PolicyCheck.values()), null, 8);
    }

}
