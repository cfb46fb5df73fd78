package dev.b2cemulator.keyset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.b2cemulator.error.GraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeySetIdsTests {

    @ParameterizedTest
    @CsvSource({ "keyset1, B2C_1A_keyset1", "B2C_1A_keyset1, B2C_1A_keyset1", "b2c_1a_keyset1, B2C_1A_keyset1",
            "B2c_1A_TokenSigningKeyContainer, B2C_1A_TokenSigningKeyContainer", "my.key-set_2, B2C_1A_my.key-set_2",
            "B2C_1A_x.bak, B2C_1A_x.bak", "B2C_1A_B2C_1A_x, B2C_1A_B2C_1A_x" })
    void prefixIsAddedOnceAndWrittenInItsCanonicalCase(String requested, String expected) {
        assertThat(KeySetIds.normalize(requested)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "has space", "quote'", "slash/", "B2C_1A_", "b2c_1a_", "ünicode", "semi;colon", "at@",
            "bracket[", "back`tick", "brace{", "slash/0", "colon:", "tab\there", "tilde~" })
    void invalidIdsAreRefusedWithAMessageNamingTheRule(String requested) {
        assertThatThrownBy(() -> KeySetIds.normalize(requested)).isInstanceOfSatisfying(GraphException.class, ex -> {
            assertThat(ex.code()).isEqualTo("AADB2C");
            assertThat(ex.getMessage()).contains("1 to 100 of the characters");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " " })
    void missingIdIsAadb2c90253(String requested) {
        assertThatThrownBy(() -> KeySetIds.normalize(requested)).extracting("error.code").isEqualTo("AADB2C90253");
        assertThatThrownBy(() -> KeySetIds.normalize(null)).extracting("error.code").isEqualTo("AADB2C90253");
    }

    @ParameterizedTest
    @ValueSource(ints = { 100, 101 })
    void idsUpTo100CharactersAreAccepted(int length) {
        String id = "a".repeat(length);
        if (length <= 100) {
            assertThat(KeySetIds.normalize(id)).isEqualTo("B2C_1A_" + id);
        }
        else {
            assertThatThrownBy(() -> KeySetIds.normalize(id)).extracting("error.code").isEqualTo("AADB2C");
        }
    }

}
