package dev.b2cemulator.tenant;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Tenants as Entra ID names them: a GUID, or a domain name
 * ({@code contoso.onmicrosoft.com}) that maps to a stable GUID (a name-based UUID of the
 * lower-cased domain), the same on every run.
 */
public final class TenantIds {

    private static final Pattern GUID = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern DOMAIN = Pattern
        .compile("(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}");

    private TenantIds() {
    }

    /** Whether the text is a GUID, as Entra ID writes tenant and application ids. */
    public static boolean isGuid(String text) {
        return text != null && GUID.matcher(text).matches();
    }

    /**
     * The tenant's GUID (lower case), or empty when the text is neither a GUID nor a
     * domain name.
     */
    public static Optional<String> resolve(String tenant) {
        if (tenant == null) {
            return Optional.empty();
        }
        if (GUID.matcher(tenant).matches()) {
            return Optional.of(tenant.toLowerCase(Locale.ROOT));
        }
        if (DOMAIN.matcher(tenant).matches()) {
            byte[] name = ("b2c-graph-emulator:" + tenant.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
            return Optional.of(UUID.nameUUIDFromBytes(name).toString());
        }
        return Optional.empty();
    }

}
