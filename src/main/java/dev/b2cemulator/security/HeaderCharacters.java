package dev.b2cemulator.security;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's header rules, without their regular expressions: Spring Security's
 * defaults ({@link StrictHttpFirewall#ALLOWED_HEADER_NAMES} and
 * {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}) accept a name when every character is
 * assigned and not a control character, and a value when every character is that or a
 * horizontal tab. Matching those patterns over a bearer token on every header read cost a
 * tenth of a request's CPU; these loops accept exactly the same strings.
 */
final class HeaderCharacters {

    static final Predicate<String> NAMES = name -> allowed(name, false);

    static final Predicate<String> VALUES = value -> allowed(value, true);

    private HeaderCharacters() {
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length();) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~') {
                // printable ASCII, all of a token: assigned and not a control character
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            boolean control = Character.getType(codePoint) == Character.CONTROL;
            if (!Character.isDefined(codePoint) || (control && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(VALUES);
        return firewall;
    }

}
