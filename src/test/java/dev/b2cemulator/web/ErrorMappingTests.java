package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.error.GraphException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.config.EmulatorProperties.ErrorStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappingTests {

    private final JsonMapper mapper = JsonMapper.builder().build();

    record Body(String id, List<Key> keys) {
    }

    record Key(Long nbf) {
    }

    @Test
    void notFoundAndDuplicateAre400LikeB2cOrRestStyleOnRequest() {
        assertThat(B2cErrors.keySetNotFound("B2C_1A_x", "t").status(ErrorStatus.B2C)).isEqualTo(400);
        assertThat(B2cErrors.keySetNotFound("B2C_1A_x", "t").status(ErrorStatus.REST)).isEqualTo(404);
        assertThat(B2cErrors.keySetExists("B2C_1A_x").status(ErrorStatus.B2C)).isEqualTo(400);
        assertThat(B2cErrors.keySetExists("B2C_1A_x").status(ErrorStatus.REST)).isEqualTo(409);
        assertThat(B2cErrors.mixedKeyTypes().status(ErrorStatus.REST)).isEqualTo(400);
    }

    @Test
    void aWrongTypeNamesTheMemberAndTheExpectedType() {
        GraphException ex = describe("{\"id\":\"x\",\"keys\":[{\"nbf\":\"soon\"}]}");

        assertThat(ex.code()).isEqualTo("BadRequest");
        assertThat(ex.getMessage()).isEqualTo("The member 'keys[0].nbf' must be an integer (for nbf and exp: seconds "
                + "since 1970-01-01T00:00:00Z).");
    }

    @Test
    void brokenJsonGivesThePositionButNeverEchoesTheBody() {
        GraphException ex = describe("{\"id\": s3cretvalue}");

        assertThat(ex.getMessage()).startsWith("The request body is not valid JSON (line 1").doesNotContain("s3cret");
    }

    @Test
    void underBetaTheUnknownSegmentIsTheFirstOneGraphWouldNotKnow() {
        assertThat(UnknownPath.describe("/beta/nope/keySets").getMessage())
            .isEqualTo("Resource not found for the segment 'nope'.");
        assertThat(UnknownPath.describe("/beta/trustframework/keysets/B2C_1A_x/bogus").getMessage())
            .isEqualTo("Resource not found for the segment 'bogus'.");
        assertThat(UnknownPath.describe("/beta").getMessage()).isEqualTo("Resource not found for the segment 'beta'.");
        assertThat(UnknownPath.describe("/beta/trustFramework/policies/B2C_1A_x/foo").getMessage())
            .isEqualTo("Resource not found for the segment 'foo'.");
        assertThat(UnknownPath.describe("/beta/trustFramework/policiez").getMessage())
            .isEqualTo("Resource not found for the segment 'policiez'.");
        assertThat(UnknownPath.describe("/beta/nope").status(ErrorStatus.B2C)).isEqualTo(400);
    }

    @Test
    void outsideBetaAnUnknownPathIs404NamingIt() {
        GraphException other = UnknownPath.describe("/v1.0/trustFramework");
        assertThat(other.status(ErrorStatus.B2C)).isEqualTo(404);
        assertThat(other.code()).isEqualTo("NotFound");
        assertThat(other.getMessage()).startsWith("No resource at '/v1.0/trustFramework'.");
        assertThat(UnknownPath.describe("/_emulator/healthz").getMessage())
            .startsWith("Resource not found for the segment 'healthz'.");
    }

    @Test
    void everyStatusMapsToOneCodeOfTheTable() {
        assertThat(GraphErrorCode.forStatus(413)).isEqualTo(GraphErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(GraphErrorCode.forStatus(404)).isEqualTo(GraphErrorCode.NOT_FOUND);
        assertThat(GraphErrorCode.forStatus(400)).isEqualTo(GraphErrorCode.BAD_REQUEST);
        assertThat(GraphErrorCode.forStatus(418)).isEqualTo(GraphErrorCode.BAD_REQUEST);
        assertThat(GraphErrorCode.forStatus(503)).isEqualTo(GraphErrorCode.GENERAL_EXCEPTION);
        assertThat(GraphErrorCode.forStatus(429).fromB2c()).isFalse();
    }

    @Test
    void anUnprefixedIdThatIsNotFoundGetsAHintAfterGraphsSentence() {
        assertThat(B2cErrors.keySetNotFound("keyset1", "t").getMessage())
            .isEqualTo("KeyContainer with 'id': 'keyset1' cannot be found in the directory 't'. Key set ids are "
                    + "stored with the prefix 'B2C_1A_': did you mean 'B2C_1A_keyset1'?");
        assertThat(B2cErrors.keySetNotFound("b2c_1a_x", "t").getMessage())
            .isEqualTo("KeyContainer with 'id': 'b2c_1a_x' cannot be found in the directory 't'.");
    }

    private GraphException describe(String json) {
        try {
            mapper.readValue(json, Body.class);
        }
        catch (RuntimeException ex) {
            return RequestBodyMessages
                .describe(new HttpMessageNotReadableException("bad", ex, new MockHttpInputMessage(json.getBytes())));
        }
        throw new AssertionError("expected a parse failure");
    }

}
