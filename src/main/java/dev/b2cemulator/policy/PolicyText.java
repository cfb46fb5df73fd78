package dev.b2cemulator.policy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A policy body as the real service reads it: a byte order mark decides the encoding
 * (UTF-8, UTF-16LE, UTF-16BE); else the Content-Type's {@code charset}; else UTF-8.
 * Malformed bytes become U+FFFD, never an error, and a leading U+FEFF is dropped. The XML
 * declaration's {@code encoding} is not used.
 */
final class PolicyText {

    private PolicyText() {
    }

    /**
     * The decoded document and the size in bytes of the body without its byte order mark.
     */
    record Decoded(String text, int bytesWithoutBom) {
    }

    static Decoded decode(byte[] body, String charsetName) {
        int bomLength = 0;
        Charset charset = charset(charsetName);
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        }
        else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        }
        String text = lenient(charset, ByteBuffer.wrap(body, bomLength, body.length - bomLength));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoded(text, body.length - bomLength);
    }

    private static String lenient(Charset charset, ByteBuffer bytes) {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(bytes)
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw new IllegalStateException("A replacing decoder cannot fail", ex);
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        }
        catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
