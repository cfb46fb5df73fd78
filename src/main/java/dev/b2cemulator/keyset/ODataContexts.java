package dev.b2cemulator.keyset;

import java.util.Set;

/**
 * The {@code @odata.context} of each keyset answer, as Graph writes them, from the public
 * base URL.
 */
final class ODataContexts {

    private static final String METADATA = "/beta/$metadata#";

    private ODataContexts() {
    }

    static String keySet(String base) {
        return base + METADATA + "trustFramework/keySets/$entity";
    }

    /** The collection; with {@code $select}, the selected properties in parentheses. */
    static String keySets(String base, Set<String> select) {
        return base + METADATA + "trustFramework/keySets"
                + (select == null ? "" : "(" + String.join(",", select) + ")");
    }

    /** A key answered by an action or getActiveKey. */
    static String key(String base) {
        return base + METADATA + "microsoft.graph.trustFrameworkKey";
    }

    static String keysV2(String base, String keySetId) {
        return base + METADATA + "trustFramework/keySets('" + keySetId + "')/keys_v2";
    }

    static String keyV2(String base, String keySetId) {
        return keysV2(base, keySetId) + "/$entity";
    }

}
