package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphException;
import java.util.Arrays;
import java.util.List;

import dev.b2cemulator.web.GraphPaths;

/**
 * What to say about a path nothing answers. Under {@code /beta}, Graph's 400 "Resource
 * not found for the segment 'x'." naming the first segment Graph would not know;
 * elsewhere a 404 naming the path, or the unknown segment under {@code /_emulator}, and
 * where the real things are.
 */
public final class UnknownPath {

    private static final String EMULATOR = "_emulator";

    private UnknownPath() {
    }

    public static GraphException describe(String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (GraphPaths.isGraph(path)) {
            return GraphException.badRequest("Resource not found for the segment '" + graphSegment(segments) + "'.");
        }
        if (!segments.isEmpty() && segments.get(0).equals(EMULATOR)) {
            String unknown = segments.size() > 1 ? segments.get(1) : EMULATOR;
            return GraphException.notFound("Resource not found for the segment '" + unknown + "'. The emulator's "
                    + "endpoints are /_emulator/health, reset, requests, faults and certificate.");
        }
        return GraphException.notFound("No resource at '" + path + "'. The Graph API is under /beta "
                + "(/beta/trustFramework/keySets), tokens under /{tenant}/oauth2/v2.0/token, the emulator's own "
                + "endpoints under /_emulator.");
    }

    /**
     * Walks {@code /beta/trustFramework/{keySets|policies}/{id}}; anything past the id is
     * the unknown part.
     */
    private static String graphSegment(List<String> segments) {
        int prefix = GraphPaths.knownPrefixLength();
        for (int i = 0; i < segments.size(); i++) {
            if ((i < prefix && !GraphPaths.isKnownPrefix(i, segments.get(i))) || i > prefix) {
                return segments.get(i);
            }
        }
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

}
