package dev.b2cemulator.error;

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
    void unknownSegmentIsTheFirstOneGraphWouldNotKnow() {
        assertThat(UnknownSegment.of("/beta/nope/keySets")).isEqualTo("nope");
        assertThat(UnknownSegment.of("/v1.0/trustFramework")).isEqualTo("v1.0");
        assertThat(UnknownSegment.of("/beta/trustframework/keysets/B2C_1A_x/bogus")).isEqualTo("bogus");
        assertThat(UnknownSegment.of("/beta")).isEqualTo("beta");
    }

    private GraphException describe(String json) {
        try {
            mapper.readValue(json, Body.class);
        }
        catch (RuntimeException ex) {
            return RequestBodyMessages.describe(
                    new HttpMessageNotReadableException("bad", ex, new MockHttpInputMessage(json.getBytes())));
        }
        throw new AssertionError("expected a parse failure");
    }

}
