package dev.b2cemulator.error;

import java.util.Arrays;
import java.util.List;

/**
 * Names the first segment of a path that Graph would not know, for "Resource not found for the segment 'x'."
 * Walks the known prefix {@code /beta/trustFramework/keySets/{id}}; anything past the id is the unknown part.
 */
final class UnknownSegment {

    private static final List<String> KNOWN = List.of("beta", "trustframework", "keysets");

    private UnknownSegment() {
    }

    static String of(String requestUri) {
        List<String> segments = Arrays.stream(requestUri.split("/")).filter(s -> !s.isEmpty()).toList();
        for (int i = 0; i < segments.size(); i++) {
            if (i < KNOWN.size() && !segments.get(i).equalsIgnoreCase(KNOWN.get(i))) {
                return segments.get(i);
            }
            if (i > KNOWN.size()) {
                return segments.get(i);
            }
        }
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

}
