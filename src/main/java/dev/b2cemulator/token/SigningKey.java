package dev.b2cemulator.token;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;

/**
 * The key the emulator signs its tokens with: generated at start, or loaded from
 * {@code EMULATOR_SIGNING_KEY_FILE} (a PKCS#8 PEM private key, or a private RSA JWK / JWK
 * set) so that tokens survive a restart.
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final CompletableFuture<RSAKey> key;

    /**
     * A key file is read now, so that a bad one stops the start; a key to generate (a
     * second or two of prime search on a small machine) is made on another thread while
     * the rest of the application starts, and waited for on first use.
     */
    public SigningKey(EmulatorProperties properties) {
        this.key = properties.signingKeyFile() == null ? CompletableFuture.supplyAsync(SigningKey::generate, starter())
                : CompletableFuture.completedFuture(load(properties.signingKeyFile()));
    }

    public RSAKey privateKey() {
        return key.join();
    }

    /**
     * What {@code /discovery/v2.0/keys} publishes and what tokens are checked against:
     * public parts only.
     */
    public JWKSet publicKeys() {
        return new JWKSet(privateKey().toPublicJWK());
    }

    private static Executor starter() {
        return task -> {
            Thread thread = new Thread(task, "signing-key");
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static RSAKey generate() {
        try {
            // No "alg" on the key, as on Entra's JWKS: the decoder's allow-list decides
            // which RSA algorithms pass.
            RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
            log.info("Generated a token signing key (kid {}); set EMULATOR_SIGNING_KEY_FILE to keep tokens valid "
                    + "across restarts", generated.getKeyID());
            return generated;
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate an RSA signing key", ex);
        }
    }

    static RSAKey load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        }
        catch (IOException ex) {
            throw new StartupException("emulator.signing-key-file: cannot read " + file + ": " + ex.getMessage());
        }
        try {
            RSAKey rsa = text.strip().startsWith("{") ? fromJwk(text) : fromPem(text);
            if (!rsa.isPrivate()) {
                throw new IllegalStateException("it holds no private key");
            }
            RSAKey.Builder builder = new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(null);
            return rsa.getKeyID() != null ? builder.build() : builder.keyIDFromThumbprint().build();
        }
        catch (ParseException | JOSEException | IllegalArgumentException | IllegalStateException ex) {
            throw new StartupException("emulator.signing-key-file: " + file + " is not a usable RSA private key "
                    + "(PKCS#8 PEM or JWK): " + ex.getMessage());
        }
    }

    private static RSAKey fromJwk(String json) throws ParseException {
        JWK jwk = json.contains("\"keys\"") ? JWKSet.parse(json).getKeys().get(0) : JWK.parse(json);
        return jwk.toRSAKey();
    }

    private static RSAKey fromPem(String pem) {
        try (InputStream in = new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))) {
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) RsaKeyConverters.pkcs8().convert(in);
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        }
        catch (IOException | GeneralSecurityException | ClassCastException ex) {
            throw new IllegalArgumentException(ex.getMessage());
        }
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + (key.isDone() ? privateKey().getKeyID() : "being generated") + "]";
    }

}
