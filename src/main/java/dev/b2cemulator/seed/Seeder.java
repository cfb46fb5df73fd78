package dev.b2cemulator.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.keyset.KeySetSeeding;
import dev.b2cemulator.policy.PolicySeeding;
import dev.b2cemulator.tenant.TenantDomains;
import dev.b2cemulator.tenant.TenantIds;

/**
 * Loads {@code EMULATOR_SEED_FILE} while the application starts, before the web server
 * opens its port, so that health and readiness can only ever report a seeded emulator:
 * per tenant the keysets, then the policies in the listed order, each through the same
 * rules as the API. A bad seed file stops the start with a message naming the tenant, the
 * keyset or policy file, and the problem. Reset forgets keysets and policies and replays
 * the seed.
 */
@Component
public class Seeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Seeder.class);

    private final KeySetSeeding keySets;

    private final PolicySeeding policies;

    private final SeedFile seed;

    private final Path seedDir;

    Seeder(KeySetSeeding keySets, PolicySeeding policies, TenantDomains domains, EmulatorProperties properties,
            JsonMapper jsonMapper) {
        this.keySets = keySets;
        this.policies = policies;
        Path file = properties.seedFile();
        this.seed = file == null ? null : read(file, jsonMapper);
        this.seedDir = file == null ? null : file.toAbsolutePath().getParent();
        if (seed != null) {
            // A tenant the seed file names by its domain has that domain, for policies'
            // TenantId.
            seed.tenants()
                .keySet()
                .stream()
                .filter(name -> !TenantIds.isGuid(name))
                .forEach(domain -> domains.register(TenantIds.resolve(domain).orElseThrow(), domain));
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (seed != null) {
            seed.tenants().forEach(this::seedTenant);
            log.info("Seeded {} tenant(s) from the seed file", seed.tenants().size());
        }
    }

    /** Forgets every keyset and policy (or one tenant's) and loads the seed again. */
    public void reset(String tenant) {
        String tenantId = tenant == null ? null : TenantIds.resolve(tenant)
            .orElseThrow(
                    () -> GraphException.badRequest("'" + tenant + "' is neither a tenant GUID nor a domain name."));
        policies.clear(tenantId);
        keySets.clear(tenantId);
        if (seed != null) {
            seed.tenants().forEach((name, content) -> {
                if (tenantId == null || tenantId.equals(TenantIds.resolve(name).orElse(null))) {
                    seedTenant(name, content);
                }
            });
        }
    }

    private void seedTenant(String name, SeedFile.Tenant content) {
        String tenantId = TenantIds.resolve(name).orElseThrow();
        keySets.seed(name, tenantId, content.keySets());
        for (String policy : content.policies() == null ? List.<String>of() : content.policies()) {
            policies.seed(name, tenantId, seedDir.resolve(policy));
        }
    }

    private static SeedFile read(Path file, JsonMapper jsonMapper) {
        SeedFile seed;
        try {
            seed = jsonMapper.readValue(Files.readString(file), SeedFile.class);
        }
        catch (IOException ex) {
            throw new StartupException("emulator.seed-file: cannot read " + file + ": " + ex.getMessage());
        }
        catch (JacksonException ex) {
            throw new StartupException("emulator.seed-file: " + file + " is not a valid seed file: "
                    + ex.getOriginalMessage() + " at " + ex.getPathReference());
        }
        if (seed == null || seed.tenants() == null) {
            throw new StartupException("emulator.seed-file: " + file + " has no \"tenants\" object");
        }
        for (Map.Entry<String, SeedFile.Tenant> tenant : seed.tenants().entrySet()) {
            if (TenantIds.resolve(tenant.getKey()).isEmpty()) {
                throw new StartupException(
                        "emulator.seed-file: '" + tenant.getKey() + "' is neither a tenant GUID nor a domain name");
            }
        }
        return seed;
    }

}
