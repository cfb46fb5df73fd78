package dev.b2cemulator.keyset;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.StartupException;
import dev.b2cemulator.error.GraphException;

/** The keysets' part of the seed file and of reset, for {@code seed/}. */
@Component
public class KeySetSeeding {

    private final KeySetRepository repository;

    private final KeySetService keySets;

    private final KeyService keys;

    KeySetSeeding(KeySetRepository repository, KeySetService keySets, KeyService keys) {
        this.repository = repository;
        this.keySets = keySets;
        this.keys = keys;
    }

    /**
     * Creates the tenant's keysets, through the same rules as the API. A set kept from an
     * earlier run ({@code EMULATOR_DATA_DIR}) is left as it is: what was stored wins over
     * the seed.
     */
    public void seed(String tenantName, String tenantId, List<KeySetSeed> seeds) {
        for (KeySetSeed seed : seeds == null ? List.<KeySetSeed>of() : seeds) {
            try {
                if (keySets.exists(tenantId, KeySetIds.normalize(seed.id()))) {
                    continue;
                }
                KeySet created = keySets.create(tenantId, new CreateKeySetRequest(seed.id(), seed.keys(), null));
                if (seed.generate() != null) {
                    seed.generate().forEach(request -> keys.generateKey(tenantId, created.id(), request));
                }
            }
            catch (GraphException ex) {
                throw new StartupException("emulator.seed-file: tenant '" + tenantName + "', keySet '" + seed.id()
                        + "': " + ex.code() + " " + ex.getMessage());
            }
        }
    }

    /** Forgets the keysets of every tenant ({@code tenantId} null) or of one. */
    public void clear(String tenantId) {
        if (tenantId == null) {
            repository.clear();
        }
        else {
            repository.clear(tenantId);
        }
    }

}
