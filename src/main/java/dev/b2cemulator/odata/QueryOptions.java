package dev.b2cemulator.odata;

import java.util.Locale;

import dev.b2cemulator.error.GraphException;

/** The OData query options every Graph collection reads the same way. */
public final class QueryOptions {

    private QueryOptions() {
    }

    /**
     * {@code $count}: absent is false; anything but true or false is a 400, as on Graph.
     */
    public static boolean count(String count) {
        if (count == null) {
            return false;
        }
        return switch (count.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw GraphException.badRequest("Invalid value '" + count + "' for $count: use true or false.");
        };
    }

}
