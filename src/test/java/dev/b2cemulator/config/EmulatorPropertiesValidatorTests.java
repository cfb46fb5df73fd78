package dev.b2cemulator.config;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The settings' bounds, checked as Boot's binder checks them at start (the binder, this
 * validator, a map of settings); {@link StartupValidationTests} shows what a user sees.
 */
class EmulatorPropertiesValidatorTests {

    @Test
    void theDefaultsAndValuesAtTheBoundsPass() {
        assertThat(bind(Map.of())).isNotNull();
        assertThat(bind(Map.of("emulator.max-keys-per-set", "10000", "emulator.journal.max-entries", "0",
                "emulator.tls.port", "65535", "emulator.rsa-key-pool-size", "0",
                "emulator.max-policy-inheritance-levels", "100", "emulator.public-base-url",
                "https://emulator:8443/b2c", "emulator.trusted-issuers[0]", "https://sts.windows.net/t/",
                "emulator.clients[0].id", "pipeline", "emulator.clients[0].secret", "s")))
            .satisfies(settings -> assertThat(settings.clients()).singleElement()
                .satisfies(client -> assertThat(client.roles()).hasSize(2)));
    }

    @Test
    void anEmptyValueBindsAsTheDefault() {
        EmulatorProperties settings = bind(
                Map.of("emulator.auth-mode", "", "emulator.error-status", "", "emulator.max-body-size", ""));

        assertThat(settings.authMode()).isEqualTo(EmulatorProperties.AuthMode.STRICT);
        assertThat(settings.errorStatus()).isEqualTo(EmulatorProperties.ErrorStatus.B2C);
        assertThat(settings.maxBodySize()).hasToString("1048576B");
    }

    /** As docs/CONFIGURATION.md says: an empty list setting is an empty list. */
    @Test
    void anEmptyListIsAnEmptyList() {
        EmulatorProperties settings = bind(Map.of("emulator.policy-checks", "", "emulator.clients[0].id", "pipeline",
                "emulator.clients[0].secret", "s", "emulator.clients[0].roles", ""));

        assertThat(settings.policyChecks()).isEmpty();
        assertThat(settings.clients()).singleElement().satisfies(client -> assertThat(client.roles()).isEmpty());
        assertThat(bind(Map.of()).policyChecks()).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "max-keys-per-set|0|must be greater than or equal to 1",
            "max-keys-per-set|10001|must be less than or equal to 10000",
            "journal.max-entries|-1|must be greater than or equal to 0",
            "journal.max-entries|1000001|must be less than or equal to 1000000",
            "tls.port|65536|must be less than or equal to 65535",
            "max-key-sets-per-tenant|0|must be greater than or equal to 1",
            "max-policies-per-tenant|0|must be greater than or equal to 1",
            "max-policy-inheritance-levels|0|must be greater than or equal to 1",
            "max-policy-inheritance-levels|101|must be less than or equal to 100",
            "rsa-key-pool-size|-1|must be greater than or equal to 0",
            "rsa-key-pool-size|257|must be less than or equal to 256",
            "public-base-url|localhost:8080|must be an absolute http(s) URL such as http://localhost:8080",
            "public-base-url|http://host?query|must be an absolute http(s) URL such as http://localhost:8080",
            "trusted-issuers[0]|sts.windows.net|must be an issuer URL", "default-tenant|' '|must not be blank" })
    void aValueOutOfBoundsIsRefusedNamingThePropertyAndTheReason(String property, String value, String reason) {
        assertThat(refusal(Map.of("emulator." + property, value))).containsExactly("emulator." + property, reason);
    }

    @Test
    void aClientNeedsAnIdASecretAndNoBlankRole() {
        assertThat(refusal(Map.of("emulator.clients[0].secret", "s"))).containsExactly("emulator.clients[0].id",
                "must not be blank");
        assertThat(refusal(Map.of("emulator.clients[0].id", "pipeline"))).containsExactly("emulator.clients[0].secret",
                "must not be blank");
        assertThat(refusal(Map.of("emulator.clients[0].id", "pipeline", "emulator.clients[0].secret", "s",
                "emulator.clients[0].roles[0]", "Policy.ReadWrite.TrustFramework", "emulator.clients[0].roles[1]",
                " ")))
            .containsExactly("emulator.clients[0].roles[1]", "must not be blank");
    }

    @Test
    void onlyTheEmulatorsSettingsAreItsConcern() {
        EmulatorPropertiesValidator validator = new EmulatorPropertiesValidator();

        assertThat(validator.supports(EmulatorProperties.class)).isTrue();
        assertThat(validator.supports(EmulatorProperties.Tls.class)).isFalse();
        assertThat(validator.supports(Object.class)).isFalse();
    }

    private static EmulatorProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("emulator",
                Bindable.of(EmulatorProperties.class), new ValidationBindHandler(new EmulatorPropertiesValidator()));
    }

    /** The one refused property and its reason, as Boot's failure report names them. */
    private static String[] refusal(Map<String, String> settings) {
        BindException failure = catchThrowableOfType(BindException.class, () -> bind(settings));
        assertThat(failure).as("binding " + settings + " must fail").isNotNull();
        assertThat(failure.getCause()).isInstanceOf(BindValidationException.class);
        FieldError error = (FieldError) ((BindValidationException) failure.getCause()).getValidationErrors()
            .getAllErrors()
            .get(0);
        assertThat(((BindValidationException) failure.getCause()).getValidationErrors().getAllErrors()).hasSize(1);
        return new String[] { "emulator." + error.getField(), error.getDefaultMessage() };
    }

}
