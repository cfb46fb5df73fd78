package dev.b2cemulator.tenant;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * The tenant a Graph call acts on: the token's {@code tid}; without a token (auth mode off) the configured
 * default tenant. All data is partitioned by it.
 */
@Component
public class CurrentTenant {

    private final String defaultTenant;

    public CurrentTenant(EmulatorProperties properties) {
        this.defaultTenant = TenantIds.resolve(properties.defaultTenant())
            .orElseThrow(() -> new IllegalStateException("emulator.default-tenant: '" + properties.defaultTenant()
                    + "' is neither a GUID nor a domain name"));
    }

    public String id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.getToken().getClaimAsString("tid") != null) {
            return jwt.getToken().getClaimAsString("tid").toLowerCase(Locale.ROOT);
        }
        return defaultTenant;
    }

}
