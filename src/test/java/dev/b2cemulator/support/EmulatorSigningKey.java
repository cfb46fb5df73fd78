package dev.b2cemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The signing key the emulator under test loads from {@code emulator.signing-key-file},
 * written to a temporary file. Tests hold the same key, so they can mint tokens the
 * emulator trusts with any claims they need (expired, other audience…) — and this
 * exercises the key-file loading path at every integration test.
 */
public final class EmulatorSigningKey implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final RSAKey KEY = TestKeys.rsa("emulator-signing-key");

    private static final Path FILE = write();

    private static Path write() {
        try {
            Path file = Files.createTempFile("emulator-signing-key", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, KEY.toJSONString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("emulator.signing-key-file=" + FILE).applyTo(context);
    }

}
