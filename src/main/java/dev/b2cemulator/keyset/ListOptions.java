package dev.b2cemulator.keyset;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.odata.QueryOptions;

/**
 * The OData query options the keyset list honours: {@code $top} (1–1000),
 * {@code $skiptoken} (opaque, from {@code @odata.nextLink}), {@code $select} ({@code id},
 * {@code keys}) and {@code $count}. Other options are ignored, as Graph ignores options
 * it does not know.
 */
record ListOptions(Integer top, long after, Set<String> select, boolean count) {

    static final int MAX_TOP = 1000;

    static ListOptions parse(String top, String skipToken, String select, String count) {
        return new ListOptions(top(top), skipToken(skipToken), select(select), QueryOptions.count(count));
    }

    int limit() {
        return top == null ? Integer.MAX_VALUE : top;
    }

    static String skipTokenFor(long position) {
        return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("after:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static Integer top(String top) {
        if (top == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(top.strip());
            if (value >= 1 && value <= MAX_TOP) {
                return value;
            }
        }
        catch (NumberFormatException ex) {
            // answered below
        }
        throw GraphException
            .badRequest("Invalid value '" + top + "' for $top: use an integer from 1 to " + MAX_TOP + ".");
    }

    private static long skipToken(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            if (decoded.startsWith("after:")) {
                return Long.parseLong(decoded.substring(6));
            }
        }
        catch (IllegalArgumentException ex) {
            // answered below
        }
        throw GraphException
            .badRequest("The $skiptoken '" + token + "' is not valid: follow @odata.nextLink as returned.");
    }

    /**
     * Null when there is no $select (everything); otherwise the selected properties,
     * lower-case.
     */
    static Set<String> select(String select) {
        if (select == null || select.isBlank()) {
            return null;
        }
        Set<String> properties = new LinkedHashSet<>();
        for (String property : select.split(",")) {
            String name = property.strip().toLowerCase(Locale.ROOT);
            if (!Set.of("id", "keys", "keys_v2").contains(name)) {
                throw GraphException.badRequest("Could not find a property named '" + property.strip()
                        + "' on type 'microsoft.graph.trustFrameworkKeySet'.");
            }
            properties.add(name);
        }
        return properties;
    }

}
