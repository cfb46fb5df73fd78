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
 * The JSON Web Key rules (docs/API.md, keys): which members are required, kty and use,
 * lifetime, status, and the rules for the keys of a set taken together. RSA keys go
 * through {@link RsaKeyRules}, on Nimbus JOSE+JWT.
 */
@Component
public class JwkValidator {

    static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One key as sent in a keyset body; returns it validated, with its kid filled in. */
    public TrustFrameworkKey validate(JsonWebKeyInput input) {
        if (input.odataType() != null) {
            throw B2cErrors.invalidKeySetField();
        }
        String kty = required(input.kty(), "kty");
        String use = checkedUse(input.use());
        checkLifetime(input.nbf(), input.exp());
        KeyStatus status = status(input.status());
        return switch (checkedKty(kty)) {
            case TrustFrameworkKey.RSA -> RsaKeyRules.validate(input, use, status);
            default -> oct(input, use, status);
        };
    }

    /**
     * The rules for the keys of one set taken together: one kty, one use, unique kids, at
     * most maxKeys.
     */
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
                throw B2cErrors
                    .invalidKey("two keys in the set have the kid '" + key.kid() + "'; kids must be unique.");
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

    /**
     * {@code use} as B2C takes it: required, {@code sig} or {@code enc} in any case;
     * returned lower-case.
     */
    static String checkedUse(String use) {
        String checked = required(use, "use").toLowerCase(Locale.ROOT);
        if (!checked.equals("sig") && !checked.equals("enc")) {
            throw B2cErrors.badUse(use);
        }
        return checked;
    }

    /** {@code kty} in any case; returned as {@code RSA} or {@code oct}. */
    static String checkedKty(String kty) {
        return switch (required(kty, "kty").toLowerCase(Locale.ROOT)) {
            case "rsa" -> TrustFrameworkKey.RSA;
            case "oct" -> TrustFrameworkKey.OCT;
            default -> throw B2cErrors.badKty(kty);
        };
    }

    static void checkLifetime(Long nbf, Long exp) {
        if (nbf != null && exp != null && exp <= nbf) {
            throw B2cErrors.invalidKey("'exp' (" + exp + ") must be later than 'nbf' (" + nbf + ").");
        }
    }

    /** 256 random bits, base64url: 43 characters, like B2C's kids. */
    static String randomKid() {
        return randomBase64Url(32);
    }

    static String randomBase64Url(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64URL.encode(random).toString();
    }

    private static KeyStatus status(String status) {
        if (status == null) {
            return KeyStatus.ENABLED;
        }
        return KeyStatus.parse(status)
            .orElseThrow(() -> B2cErrors.invalidKey("'status' must be 'enabled' or 'disabled', not '" + status + "'."));
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
