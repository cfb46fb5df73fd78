package dev.b2cemulator.config;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The bounds of the {@code emulator.*} settings, checked as Spring Boot's binder binds
 * them (it calls the bean named {@code configurationPropertiesValidator}): a setting out
 * of bounds stops the start with Boot's report, which names the property, its value and
 * the reason. Plain checks rather than Bean Validation annotations: Hibernate Validator
 * loads some 700 classes at every start for these twenty checks
 * (docs/decisions/0001-no-bean-validation.md). Settings with a default need no presence
 * check: an empty value binds as the default.
 */
final class EmulatorPropertiesValidator implements Validator {

    private static final Pattern BASE_URL = Pattern.compile("https?://[^/?#]+(/[^?#]*)?");

    private static final Pattern ISSUER = Pattern.compile("https?://\\S+");

    @Override
    public boolean supports(Class<?> type) {
        return EmulatorProperties.class == type;
    }

    @Override
    public void validate(Object target, Errors errors) {
        EmulatorProperties settings = (EmulatorProperties) target;
        notBlank(errors, "default-tenant", settings.defaultTenant());
        if (settings.publicBaseUrl() != null && !BASE_URL.matcher(settings.publicBaseUrl()).matches()) {
            errors.rejectValue("public-base-url", "Pattern",
                    "must be an absolute http(s) URL such as http://localhost:8080");
        }
        List<String> issuers = settings.trustedIssuers();
        for (int i = 0; i < issuers.size(); i++) {
            if (issuers.get(i) != null && !ISSUER.matcher(issuers.get(i)).matches()) {
                errors.rejectValue("trusted-issuers[" + i + "]", "Pattern", "must be an issuer URL");
            }
        }
        List<EmulatorProperties.Client> clients = settings.clients();
        for (int i = 0; i < clients.size(); i++) {
            String client = "clients[" + i + "].";
            notBlank(errors, client + "id", clients.get(i).id());
            notBlank(errors, client + "secret", clients.get(i).secret());
            for (int r = 0; r < clients.get(i).roles().size(); r++) {
                notBlank(errors, client + "roles[" + r + "]", clients.get(i).roles().get(r));
            }
        }
        between(errors, "max-keys-per-set", settings.maxKeysPerSet(), 1, 10_000);
        between(errors, "journal.max-entries", settings.journal().maxEntries(), 0, 1_000_000);
        between(errors, "tls.port", settings.tls().port(), 0, 65_535);
        between(errors, "max-key-sets-per-tenant", settings.maxKeySetsPerTenant(), 1, Integer.MAX_VALUE);
        between(errors, "max-policies-per-tenant", settings.maxPoliciesPerTenant(), 1, Integer.MAX_VALUE);
        between(errors, "max-policy-inheritance-levels", settings.maxPolicyInheritanceLevels(), 1, 100);
        between(errors, "rsa-key-pool-size", settings.rsaKeyPoolSize(), 0, 256);
    }

    private static void notBlank(Errors errors, String property, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(property, "NotBlank", "must not be blank");
        }
    }

    private static void between(Errors errors, String property, int value, int min, int max) {
        if (value < min) {
            errors.rejectValue(property, "Min", "must be greater than or equal to " + min);
        }
        else if (value > max) {
            errors.rejectValue(property, "Max", "must be less than or equal to " + max);
        }
    }

}
