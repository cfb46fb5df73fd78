package dev.b2cemulator.hostile;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Hostile variations of a valid JSON body, drawn from a seeded {@link Random} so that a
 * failure can be replayed: wrong types, huge numbers, deep nesting, unicode, empty and
 * oversize strings, duplicated members, broken base64, truncated or garbled JSON.
 */
final class Mutations {

    private static final List<String> VALUES = List.of("null", "true", "0", "-1", "1.5", "1e308", "-1e308",
            "99999999999999999999999999", "9223372036854775808", "\"\"", "\" \"", "[]", "{}", "[null]", "[1,\"a\",{}]",
            "\"@@@not~base64@@@\"", "\"\\u0000\\u001f\"", "\"\\ud83d\\ude00 ünïcödé \\u202e\"", "\"\\ud800\"",
            "{\"$ref\":\"#\"}", "\"'; DROP TABLE keysets; --\"", "\"../../etc/passwd\"", "\"%00%2F\"");

    private static final List<BiFunction<String, Random, String>> KINDS = List.of(Mutations::replaceAValue,
            Mutations::duplicateAMember, Mutations::truncate, Mutations::garble, Mutations::deeplyNested,
            Mutations::oversizeString, Mutations::wrapInArray, Mutations::dropAMember, Mutations::replaceAValue,
            Mutations::replaceAValue);

    private Mutations() {
    }

    static String mutate(String json, Random random) {
        return KINDS.get(random.nextInt(KINDS.size())).apply(json, random);
    }

    private static String replaceAValue(String json, Random random) {
        int colon = randomIndexOf(json, ":", random);
        if (colon < 0) {
            return VALUES.get(random.nextInt(VALUES.size()));
        }
        int end = endOfValue(json, colon + 1);
        return json.substring(0, colon + 1) + VALUES.get(random.nextInt(VALUES.size())) + json.substring(end);
    }

    private static String duplicateAMember(String json, Random random) {
        int brace = json.indexOf('{');
        return brace < 0 ? json : json.substring(0, brace + 1) + "\"id\":" + VALUES.get(random.nextInt(VALUES.size()))
                + ",\"use\":\"enc\",\"use\":\"sig\"," + json.substring(brace + 1);
    }

    /** Any text cut short. */
    static String truncate(String text, Random random) {
        return text.substring(0, random.nextInt(Math.max(1, text.length())));
    }

    /** Any text with up to four random characters, ASCII or not, inserted. */
    static String garble(String text, Random random) {
        StringBuilder garbled = new StringBuilder(text);
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            int at = random.nextInt(garbled.length() + 1);
            garbled.insert(at, (char) (random.nextBoolean() ? random.nextInt(0x80) : 0x80 + random.nextInt(0xff80)));
        }
        return garbled.toString();
    }

    private static String deeplyNested(String json, Random random) {
        int depth = 100 + random.nextInt(5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"id\":" + open.repeat(depth) + "1" + close.repeat(depth) + "," + json.substring(1);
    }

    private static String oversizeString(String json, Random random) {
        int colon = randomIndexOf(json, ":", random);
        if (colon < 0) {
            return json;
        }
        String huge = "\"" + "A".repeat(10_000 + random.nextInt(300_000)) + "\"";
        return json.substring(0, colon + 1) + huge + json.substring(endOfValue(json, colon + 1));
    }

    private static String wrapInArray(String json, Random random) {
        return random.nextBoolean() ? "[" + json + "]" : "\"" + json.replace("\"", "\\\"") + "\"";
    }

    private static String dropAMember(String json, Random random) {
        int colon = randomIndexOf(json, ":", random);
        if (colon < 0) {
            return json;
        }
        int start = json.lastIndexOf('"', json.lastIndexOf('"', colon - 1) - 1);
        int end = endOfValue(json, colon + 1);
        return start < 0 ? json : json.substring(0, start) + json.substring(end);
    }

    /** The index of a random occurrence of {@code part}, or -1. */
    static int randomIndexOf(String text, String part, Random random) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        if (count == 0) {
            return -1;
        }
        int index = -1;
        for (int pick = random.nextInt(count); pick >= 0; pick--) {
            index = text.indexOf(part, index + 1);
        }
        return index;
    }

    /**
     * The end of the JSON value starting at {@code from}: its closing quote, bracket, or
     * the next , or }.
     */
    private static int endOfValue(String json, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                }
                else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            }
            else if (c == '"') {
                inString = true;
            }
            else if (c == '[' || c == '{') {
                depth++;
            }
            else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }

}
