package dev.b2cemulator.keyset;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.jwk.JsonWebKeyInput;
import dev.b2cemulator.jwk.JwkValidator;
import dev.b2cemulator.support.TestKeys;
import dev.b2cemulator.support.TestProperties;

import static dev.b2cemulator.support.JwkInputs.oct;
import static dev.b2cemulator.support.JwkInputs.rsaPublic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeySetServiceTests {

    private final InMemoryKeySetRepository repository = new InMemoryKeySetRepository();

    private final KeySetService service = new KeySetService(repository, new JwkValidator(),
            TestProperties.withMaxKeysPerSet(2));

    @Test
    void createNormalisesTheIdAndStoresTheValidatedKeys() {
        KeySet created = service.create("t1",
                new CreateKeySetRequest("signing", List.of(rsaPublic(TestKeys.rsa("service"), "sig")), null));

        assertThat(created.id()).isEqualTo("B2C_1A_signing");
        assertThat(repository.find("t1", "B2C_1A_signing")).contains(created);
        assertThat(created.keys()).singleElement().satisfies(key -> assertThat(key.kid()).isNotBlank());
    }

    @Test
    void aRefusedCreateStoresNothing() {
        List<JsonWebKeyInput> mixed = List.of(rsaPublic(TestKeys.rsa("service"), "sig"), oct("c2VjcmV0", "sig"));

        assertThatThrownBy(() -> service.create("t1", new CreateKeySetRequest("mixed", mixed, null)))
            .extracting("error.code")
            .isEqualTo("AADB2C95032");
        assertThat(repository.find("t1", "B2C_1A_mixed")).isEmpty();
    }

    @Test
    void aDuplicateLeavesTheStoredSetUntouched() {
        KeySet first = service.create("t1", new CreateKeySetRequest("dup", List.of(oct("Zmlyc3Q", "sig")), null));

        assertThatThrownBy(() -> service.create("t1", new CreateKeySetRequest("B2C_1A_DUP", List.of(), null)))
            .isInstanceOfSatisfying(GraphException.class, ex -> assertThat(ex.code()).isEqualTo("AADB2C95028"));
        assertThat(repository.find("t1", "B2C_1A_dup")).contains(first);
    }

    @Test
    void theKeyCapApplies() {
        var three = List.of(oct("YQ", "sig"), oct("Yg", "sig"), oct("Yw", "sig"));

        assertThatThrownBy(() -> service.create("t1", new CreateKeySetRequest("big", three, null)))
            .extracting("error.code")
            .isEqualTo("AADB2C");
    }

    @Test
    void odataTypeOnTheSetIsRefused() {
        assertThatThrownBy(() -> service.create("t1",
                new CreateKeySetRequest("typed", null, "microsoft.graph.trustFrameworkKeySet")))
            .hasMessageContaining("The 'keySet' field is invalid in request");
    }

}
