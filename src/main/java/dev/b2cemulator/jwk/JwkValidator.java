package dev.b2cemulator.jwk;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.Base64URL;

import org.springframework.stereotype.Component;

import dev.b2cemulator.error.B2cErrors;

/**
 * The JSON Web Key rules of CONTRACT §6: which members are required, kty and use, lifetime, status, and the
 * rules for the keys of a set taken together. RSA keys go through {@link RsaKeyRules}, on Nimbus JOSE+JWT.
 */
@Component
public class JwkValidator {

    static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");

    private final SecureRandom random = new SecureRandom();

    /** One key as sent in a keyset body; returns it validated, with its kid filled in. */
    public TrustFrameworkKey validate(JsonWebKeyInput input) {
        if (input.odataType() != null) {
            throw B2cErrors.invalidKeySetField();
        }
        String kty = required(input.kty(), "kty");
        String use = required(input.use(), "use").toLowerCase(Locale.ROOT);
        if (!use.equals("sig") && !use.equals("enc")) {
            throw B2cErrors.badUse(input.use());
        }
        if (input.nbf() != null && input.exp() != null && input.exp() <= input.nbf()) {
            throw B2cErrors.invalidKey("'exp' (" + input.exp() + ") must be later than 'nbf' (" + input.nbf() + ").");
        }
        KeyStatus status = status(input.status());
        return switch (kty.toLowerCase(Locale.ROOT)) {
            case "rsa" -> RsaKeyRules.validate(input, use, status);
            case "oct" -> oct(input, use, status);
            default -> throw B2cErrors.badKty(kty);
        };
    }

    /** The rules for the keys of one set taken together: one kty, one use, unique kids, at most maxKeys. */
    public void checkSet(List<TrustFrameworkKey> keys, int maxKeys) {
        if (keys.size() > maxKeys) {
            throw B2cErrors.tooManyKeys(maxKeys);
        }
        if (keys.stream().map(TrustFrameworkKey::kty).distinct().count() > 1) {
            throw B2cErrors.mixedKeyTypes();
        }
        if (keys.stream().map(TrustFrameworkKey::use).distinct().count() > 1) {
            throw B2cErrors.mixedKeyUses();
        }
        Set<String> kids = new HashSet<>();
        for (TrustFrameworkKey key : keys) {
            if (!kids.add(key.kid())) {
                throw B2cErrors.invalidKey("two keys in the set have the kid '" + key.kid() + "'; kids must be unique.");
            }
        }
    }

    private TrustFrameworkKey oct(JsonWebKeyInput input, String use, KeyStatus status) {
        String k = required(input.k(), "k");
        if (!BASE64URL.matcher(k).matches()) {
            throw B2cErrors.kNotBase64Url();
        }
        if (input.x5c() != null && !input.x5c().isEmpty()) {
            throw B2cErrors.invalidKey("'x5c' holds certificates, which only RSA keys can have; an oct key has none.");
        }
        String kid = isBlank(input.kid()) ? randomKid() : input.kid();
        return new TrustFrameworkKey(kid, use, TrustFrameworkKey.OCT, null, null, List.of(), null, input.nbf(),
                input.exp(), status, new SecretMaterial(Map.of("k", k)));
    }

    private String randomKid() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64URL.encode(bytes).toString();
    }

    private static KeyStatus status(String status) {
        if (status == null) {
            return KeyStatus.ENABLED;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "enabled" -> KeyStatus.ENABLED;
            case "disabled" -> KeyStatus.DISABLED;
            default -> throw B2cErrors.invalidKey("'status' must be 'enabled' or 'disabled', not '" + status + "'.");
        };
    }

    static String required(String value, String name) {
        if (isBlank(value)) {
            throw B2cErrors.missingParameter(name);
        }
        return value;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

}
