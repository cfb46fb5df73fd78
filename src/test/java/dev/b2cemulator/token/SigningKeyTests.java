package dev.b2cemulator.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.b2cemulator.support.TestKeys;
import dev.b2cemulator.support.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyTests {

    @TempDir
    Path dir;

    private final RSAKey key = TestKeys.rsa("signing-key-file");

    @Test
    void loadsAPkcs8PemAndDerivesTheKidFromTheThumbprint() throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path file = Files.writeString(dir.resolve("key.pem"), pem);

        RSAKey loaded = SigningKey.load(file);

        assertThat(loaded.getModulus()).isEqualTo(key.getModulus());
        assertThat(loaded.isPrivate()).isTrue();
        assertThat(loaded.getKeyID()).isEqualTo(key.computeThumbprint().toString());
    }

    @Test
    void loadsAJwkOrAJwkSetKeepingItsKid() throws Exception {
        Path single = Files.writeString(dir.resolve("key.json"), key.toJSONString());
        Path set = Files.writeString(dir.resolve("jwks.json"), new JWKSet(key).toString(false));

        assertThat(SigningKey.load(single).getKeyID()).isEqualTo(key.getKeyID());
        assertThat(SigningKey.load(set).getModulus()).isEqualTo(key.getModulus());
    }

    @Test
    void aPublicKeyOrGarbageStopsTheStartNamingTheProperty() throws Exception {
        Path publicOnly = Files.writeString(dir.resolve("public.json"), key.toPublicJWK().toJSONString());
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a key");

        assertThatThrownBy(() -> SigningKey.load(publicOnly)).hasMessageContaining("emulator.signing-key-file")
            .hasMessageContaining("no private key");
        assertThatThrownBy(() -> SigningKey.load(garbage)).hasMessageContaining("emulator.signing-key-file");
        assertThatThrownBy(() -> SigningKey.load(dir.resolve("missing.pem"))).hasMessageContaining("cannot read");
    }

    @Test
    void publishedKeysHoldNoPrivatePart() {
        JWKSet published = new SigningKey(TestProperties.defaults()).publicKeys();
        assertThat(published.getKeys()).singleElement().satisfies(jwk -> assertThat(jwk.isPrivate()).isFalse());
    }

}
