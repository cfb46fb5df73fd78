package dev.b2cemulator.keyset;

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
import dev.b2cemulator.tenant.TenantDomains;
import dev.b2cemulator.tenant.TenantIds;

/**
 * Loads {@code EMULATOR_SEED_FILE} while the application starts, before the web server
 * opens its port, so that health and readiness can only ever report a seeded emulator. A
 * bad seed file stops the start with a message naming the tenant, the keyset and the
 * problem. Reset replays the seed. With a data dir, sets kept from an earlier run are
 * left as they are; only missing ones are seeded.
 */
@Component
public class KeySetSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KeySetSeeder.class);

    private final KeySetRepository repository;

    private final KeySetService keySets;

    private final KeyService keys;

    private final SeedFile seed;

    KeySetSeeder(KeySetRepository repository, KeySetService keySets, KeyService keys, EmulatorProperties properties,
            JsonMapper jsonMapper, TenantDomains domains) {
        this.repository = repository;
        this.keySets = keySets;
        this.keys = keys;
        this.seed = properties.seedFile() == null ? null : read(properties.seedFile(), jsonMapper);
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
            seedAll();
        }
    }

    /** Forgets everything (or one tenant's keysets) and loads the seed again. */
    public void reset(String tenant) {
        if (tenant == null) {
            repository.clear();
            seedAll();
            return;
        }
        String tenantId = TenantIds.resolve(tenant)
            .orElseThrow(
                    () -> GraphException.badRequest("'" + tenant + "' is neither a tenant GUID nor a domain name."));
        repository.clear(tenantId);
        if (seed != null) {
            seed.tenants().forEach((name, content) -> {
                if (tenantId.equals(TenantIds.resolve(name).orElse(null))) {
                    seedTenant(name, content);
                }
            });
        }
    }

    private void seedAll() {
        if (seed == null) {
            return;
        }
        seed.tenants().forEach(this::seedTenant);
        log.info("Seeded {} tenant(s) from the seed file", seed.tenants().size());
    }

    private void seedTenant(String name, SeedFile.Tenant content) {
        String tenantId = TenantIds.resolve(name).orElseThrow();
        for (SeedFile.KeySetSeed keySet : content.keySets() == null ? List.<SeedFile.KeySetSeed>of()
                : content.keySets()) {
            try {
                if (repository.find(tenantId, KeySetIds.normalize(keySet.id())).isPresent()) {
                    // Kept from an earlier run (EMULATOR_DATA_DIR): what was stored wins
                    // over the seed.
                    continue;
                }
                KeySet created = keySets.create(tenantId, new CreateKeySetRequest(keySet.id(), keySet.keys(), null));
                if (keySet.generate() != null) {
                    keySet.generate().forEach(request -> keys.generateKey(tenantId, created.id(), request));
                }
            }
            catch (GraphException ex) {
                throw new StartupException("emulator.seed-file: tenant '" + name + "', keySet '" + keySet.id() + "': "
                        + ex.code() + " " + ex.getMessage());
            }
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
