package dev.b2cemulator.keyset;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.SecretMaterial;
import dev.b2cemulator.jwk.TrustFrameworkKey;

import static org.assertj.core.api.Assertions.assertThat;

/** Every member of every kind of key comes back from the in-memory store's bytes. */
class KeySetPackingTests {

    private final InMemoryKeySetRepository repository = new InMemoryKeySetRepository();

    @Test
    void rsaAndSecretKeysComeBackWholePrivateMembersIncluded() {
        TrustFrameworkKey rsa = new TrustFrameworkKey("rsa1", "sig", "RSA", "0vx7agoebGcQSuu", "AQAB",
                List.of("MIIC" + "A".repeat(70_000), "MIIB"), "x5tValue", 1_700_000_000L, null, KeyStatus.ENABLED,
                SecretMaterial.fromStorage(Map.of("d", "X4cTteJY", "p", "83i-7IvM", "q", "3dfOR9cu", "dp", "G4sPXkc6",
                        "dq", "s9lAH9fg", "qi", "GyM_p6JR")));
        TrustFrameworkKey secret = new TrustFrameworkKey("oct1", "enc", "oct", null, null, null, null, null,
                1_800_000_000L, KeyStatus.DISABLED, SecretMaterial.fromStorage(Map.of("k", "c2VjcmV0wqk")));
        TrustFrameworkKey noStatus = new TrustFrameworkKey("bare", "sig", "oct", null, null, List.of(), null, null,
                null, null, null);
        KeySet keySet = new KeySet("B2C_1A_Ünïcode", List.of(rsa, secret, noStatus));

        repository.create("t", keySet, 10);
        KeySet read = repository.find("t", "b2c_1a_ünïcode").orElseThrow();

        assertThat(read).isEqualTo(keySet);
        assertThat(read.keys().get(0).secret().get("qi")).isEqualTo("GyM_p6JR");
        assertThat(read.keys().get(1).secret()).isNotEqualTo(SecretMaterial.fromStorage(Map.of("k", "b3RoZXI")))
            .hasToString("****");
        assertThat(read.keys().get(0).x5c()).hasSize(2).last().isEqualTo("MIIB");
        assertThat(read.keys().get(1).secret().get("k")).isEqualTo("c2VjcmV0wqk");
        assertThat(read.keys().get(2).status()).isNull();
        assertThat(read.keys().get(2).secret().isEmpty()).isTrue();
    }

    @Test
    void aKeySetWithoutKeysTakesNoBytesBesideItsId() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new KeySetPacking().write(new KeySet("B2C_1A_empty", List.of()), new DataOutputStream(bytes));

        assertThat(bytes.size()).isZero();
        repository.create("t", new KeySet("B2C_1A_empty", List.of()), 10);
        assertThat(repository.find("t", "B2C_1A_EMPTY")).contains(new KeySet("B2C_1A_empty", List.of()));
    }

}
