package dev.b2cemulator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The spellings of one Graph address, reduced to the one the controllers map
 * (docs/API.md, addresses): {@code keySets('x')} is {@code keySets/x},
 * {@code microsoft.graph.generateKey} is {@code generateKey}, {@code getActiveKey()} is
 * {@code getActiveKey}, and a trailing slash is dropped. Case is left alone: segments are
 * matched case-insensitively downstream.
 */
public final class GraphPaths {

    /** The keyset collection, as the controllers map it. */
    public static final String KEYSETS = "/beta/trustFramework/keySets";

    /** The policy collection, as the controllers map it. */
    public static final String POLICIES = "/beta/trustFramework/policies";

    /**
     * The segments Graph knows at the start of a path: {@code beta},
     * {@code trustFramework}, a collection.
     */
    private static final List<List<String>> KNOWN_PREFIX = List.of(List.of("beta"), List.of("trustFramework"),
            List.of("keySets", "policies"));

    private static final Pattern KEY_SYNTAX = Pattern.compile("(.+?)\\((?:'|%27)(.*)(?:'|%27)\\)",
            Pattern.CASE_INSENSITIVE);

    private static final String NAMESPACE = "microsoft.graph.";

    private GraphPaths() {
    }

    /** The request's path after the context path: what every rule here is about. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the request addresses the Graph API. */
    public static boolean isGraph(HttpServletRequest request) {
        return isGraph(path(request));
    }

    /**
     * Whether a path is the collection, or below it, in any case and in either spelling
     * of an id ({@code /x} or {@code ('x')}).
     */
    public static boolean under(String path, String collection) {
        return path.regionMatches(true, 0, collection, 0, collection.length()) && (path.length() == collection.length()
                || path.charAt(collection.length()) == '/' || path.charAt(collection.length()) == '(');
    }

    /**
     * Whether Graph knows this segment at this place of a path: {@code beta},
     * {@code trustFramework}, then {@code keySets} or {@code policies}, in any case; an
     * id comes after them.
     */
    static boolean isKnownPrefix(int index, String segment) {
        return index < KNOWN_PREFIX.size() && KNOWN_PREFIX.get(index).stream().anyMatch(segment::equalsIgnoreCase);
    }

    /** How many segments {@link #isKnownPrefix} knows before the id. */
    static int knownPrefixLength() {
        return KNOWN_PREFIX.size();
    }

    /**
     * Whether a path (after the context path) addresses the Graph API, {@code /beta/…} in
     * any case.
     */
    public static boolean isGraph(String path) {
        return path.regionMatches(true, 0, "/beta/", 0, 6) || path.equalsIgnoreCase("/beta");
    }

    static String canonical(String path) {
        if (isCanonical(path)) {
            return path;
        }
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : trimmed.substring(1).split("/", -1)) {
            Matcher key = KEY_SYNTAX.matcher(segment);
            if (key.matches()) {
                segments.add(operation(key.group(1)));
                segments.add(key.group(2).replace("''", "'").replace("%27%27", "%27"));
            }
            else {
                segments.add(operation(segment));
            }
        }
        return "/" + String.join("/", segments);
    }

    /**
     * Nothing to rewrite: no parentheses, no trailing slash, no segment in the namespace.
     * The usual case, answered without splitting the path and matching each segment.
     */
    private static boolean isCanonical(String path) {
        if (path.endsWith("/") || path.indexOf('(') >= 0) {
            return false;
        }
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (path.regionMatches(true, slash + 1, NAMESPACE, 0, NAMESPACE.length())) {
                return false;
            }
        }
        return true;
    }

    private static String operation(String segment) {
        String name = segment.endsWith("()") ? segment.substring(0, segment.length() - 2) : segment;
        return name.toLowerCase(Locale.ROOT).startsWith(NAMESPACE) ? name.substring(NAMESPACE.length()) : name;
    }

}
