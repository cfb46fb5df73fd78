package dev.b2cemulator.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;

/**
 * The domain names of each tenant, for policies whose {@code TenantId} is a domain: the
 * one that maps to the tenant's id ({@link TenantIds}), those listed in
 * {@code EMULATOR_TENANT_DOMAINS} ({@code guid=domain[,domain…];…}), and those the seed
 * file names its tenants by.
 */
@Component
public class TenantDomains {

    private final Map<String, List<String>> domains = new ConcurrentHashMap<>();

    public TenantDomains(EmulatorProperties properties) {
        String setting = properties.tenantDomains();
        if (setting == null || setting.isBlank()) {
            return;
        }
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            Optional<String> tenant = parts.length == 2 && TenantIds.isGuid(parts[0].strip())
                    ? TenantIds.resolve(parts[0].strip()) : Optional.empty();
            if (tenant.isEmpty()) {
                throw new StartupException("emulator.tenant-domains (EMULATOR_TENANT_DOMAINS): '" + entry.strip()
                        + "' is not 'tenant-guid=domain[,domain…]'; separate tenants with ';'.");
            }
            for (String domain : parts[1].split(",")) {
                if (TenantIds.resolve(domain.strip()).isEmpty() || TenantIds.isGuid(domain.strip())) {
                    throw new StartupException("emulator.tenant-domains (EMULATOR_TENANT_DOMAINS): '" + domain.strip()
                            + "' is not a domain name such as contoso.onmicrosoft.com.");
                }
                register(tenant.get(), domain.strip());
            }
        }
    }

    /**
     * Adds a domain name of the tenant (from the seed file, where a tenant is named by
     * its domain).
     */
    public void register(String tenantId, String domain) {
        List<String> names = domains.computeIfAbsent(tenantId, t -> new CopyOnWriteArrayList<>());
        if (names.stream().noneMatch(domain::equalsIgnoreCase)) {
            names.add(domain);
        }
    }

    /** Whether {@code name} (a GUID or a domain) is this tenant. */
    public boolean names(String tenantId, String name) {
        if (name == null) {
            return false;
        }
        if (tenantId.equals(TenantIds.resolve(name).orElse(null))) {
            return true;
        }
        return domains.getOrDefault(tenantId, List.of()).stream().anyMatch(name.strip()::equalsIgnoreCase);
    }

    /**
     * The tenant's name in messages: {@code preferred} when it names the tenant, else its
     * first domain, else its id.
     */
    public String displayName(String tenantId, String preferred) {
        if (names(tenantId, preferred) && !TenantIds.isGuid(preferred)) {
            return preferred;
        }
        List<String> known = new ArrayList<>(domains.getOrDefault(tenantId, List.of()));
        return known.isEmpty() ? tenantId : known.get(0).toLowerCase(Locale.ROOT);
    }

}
