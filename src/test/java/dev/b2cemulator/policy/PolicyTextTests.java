package dev.b2cemulator.policy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies decoded as the real service decodes them: the BOM decides, then the charset,
 * then UTF-8; never an error.
 */
class PolicyTextTests {

    private static final String POLICY = "<TrustFrameworkPolicy PolicyId=\"B2C_1A_é\"/>";

    @Test
    void aUtf8BomIsDroppedAndNotCounted() {
        byte[] bytes = POLICY.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, bytes);

        PolicyText.Decoded decoded = PolicyText.decode(withBom, "iso-8859-1");

        assertThat(decoded.text()).isEqualTo(POLICY);
        assertThat(decoded.bytesWithoutBom()).isEqualTo(bytes.length);
    }

    @Test
    void utf16WithABomInEitherOrder() {
        byte[] little = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, POLICY.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, POLICY.getBytes(StandardCharsets.UTF_16BE));

        assertThat(PolicyText.decode(little, null).text()).isEqualTo(POLICY);
        assertThat(PolicyText.decode(big, null).text()).isEqualTo(POLICY);
    }

    @Test
    void withoutABomTheCharsetDecidesElseUtf8() {
        byte[] latin1 = POLICY.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(PolicyText.decode(latin1, "ISO-8859-1").text()).isEqualTo(POLICY);
        assertThat(PolicyText.decode(latin1, "\"iso-8859-1\"").text()).isEqualTo(POLICY);
        assertThat(PolicyText.decode(POLICY.getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo(POLICY);
        assertThat(PolicyText.decode(POLICY.getBytes(StandardCharsets.UTF_8), "no-such-charset").text())
            .isEqualTo(POLICY);
    }

    @Test
    void malformedBytesBecomeReplacementCharactersNeverAnError() {
        byte[] latin1AsUtf8 = POLICY.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(PolicyText.decode(latin1AsUtf8, null).text())
            .isEqualTo("<TrustFrameworkPolicy PolicyId=\"B2C_1A_\uFFFD\"/>");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

}
