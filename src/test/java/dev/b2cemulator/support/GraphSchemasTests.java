package dev.b2cemulator.support;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract checker itself must fail on a wrong type or a wrong name, or it proves
 * nothing.
 */
class GraphSchemasTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aConformingKeySetPasses() {
        assertThat(GraphSchemas.validate(GraphSchemas.KEY_SET, json.readTree("""
                {"@odata.context":"x#trustFramework/keySets/$entity","id":"B2C_1A_x","keys":[
                 {"kid":"k","use":"sig","kty":"oct","n":null,"e":null,"x5c":[],"x5t":null,"nbf":1,"exp":null,
                  "status":"enabled","k":null,"d":null,"p":null,"q":null,"dp":null,"dq":null,"qi":null}]}""")))
            .isEmpty();
    }

    @Test
    void aWrongTypeFails() {
        assertThat(GraphSchemas.validate(GraphSchemas.KEY, json.readTree("{\"kid\":\"k\",\"nbf\":\"soon\"}")))
            .isNotEmpty();
        assertThat(GraphSchemas.validate(GraphSchemas.KEY, json.readTree("{\"kid\":\"k\",\"status\":\"on\"}")))
            .isNotEmpty();
    }

    @Test
    void aWrongNameFailsButAnnotationsPass() {
        assertThat(GraphSchemas.validate(GraphSchemas.KEY_SET, json.readTree("{\"id\":\"B2C_1A_x\",\"keyz\":[]}")))
            .isNotEmpty();
        assertThat(GraphSchemas.validate(GraphSchemas.KEY, json.readTree("{\"kid\":\"k\",\"thumbprint\":\"t\"}")))
            .isNotEmpty();
        assertThat(GraphSchemas.validate(GraphSchemas.KEY_SET_COLLECTION,
                json.readTree("{\"@odata.context\":\"c\",\"@odata.count\":1,\"value\":[{\"id\":\"B2C_1A_x\"}]}")))
            .isEmpty();
    }

    @Test
    void aPrivateMemberWithAValueFails() {
        assertThat(GraphSchemas.validate(GraphSchemas.KEY, json.readTree("{\"kid\":\"k\",\"d\":null}"))).isEmpty();
        assertThat(GraphSchemas.validate(GraphSchemas.KEY, json.readTree("{\"kid\":\"k\",\"d\":\"AQAB\"}")))
            .isNotEmpty();
    }

    @Test
    void errorsNeedCodeAndMessage() {
        assertThat(GraphSchemas.validate(GraphSchemas.ERROR, json.readTree(
                "{\"error\":{\"code\":\"c\",\"message\":\"m\",\"innerError\":{\"date\":\"2026-12-02T10:11:12\"}}}")))
            .isEmpty();
        assertThat(GraphSchemas.validate(GraphSchemas.ERROR, json.readTree("{\"error\":{\"code\":\"c\"}}")))
            .isNotEmpty();
    }

}
