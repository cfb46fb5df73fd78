package dev.b2cemulator.keyset;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Service;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.jwk.JsonWebKeyInput;
import dev.b2cemulator.jwk.JwkValidator;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.store.TenantStore;

/**
 * The keyset rules (docs/API.md, keysets): ids, validation of every key, one set per id
 * per tenant, the .bak copy.
 */
@Service
public class KeySetService {

    static final String BACKUP_SUFFIX = ".bak";

    private final KeySetRepository repository;

    private final JwkValidator validator;

    private final int maxKeysPerSet;

    private final int maxKeySetsPerTenant;

    KeySetService(KeySetRepository repository, JwkValidator validator, EmulatorProperties properties) {
        this.repository = repository;
        this.validator = validator;
        this.maxKeysPerSet = properties.maxKeysPerSet();
        this.maxKeySetsPerTenant = properties.maxKeySetsPerTenant();
    }

    /** Validates everything before storing anything: a refused create leaves no trace. */
    KeySet create(String tenant, CreateKeySetRequest request) {
        if (request.odataType() != null) {
            throw B2cErrors.invalidKeySetField();
        }
        String id = KeySetIds.normalize(request.id());
        KeySet keySet = new KeySet(id, validated(request.keys()));
        switch (repository.create(tenant, keySet, maxKeySetsPerTenant)) {
            case EXISTS -> throw B2cErrors.keySetExists(id);
            case TENANT_FULL -> throw B2cErrors.tooManyKeySets(maxKeySetsPerTenant);
            case CREATED -> {
            }
        }
        return keySet;
    }

    TenantStore.Page<KeySet> list(String tenant, ListOptions options) {
        return repository.findPage(tenant, options.after(), options.limit());
    }

    int count(String tenant) {
        return repository.count(tenant);
    }

    /**
     * Whether the tenant holds a keyset of this id (any case): what a policy's keys need.
     */
    public boolean exists(String tenant, String id) {
        return repository.find(tenant, id).isPresent();
    }

    KeySet get(String tenant, String id) {
        return repository.find(tenant, id).orElseThrow(() -> B2cErrors.keySetNotFound(id, tenant));
    }

    /**
     * Replaces the keys; keys may not name a kid (B2C gives the keys of an update new
     * ids).
     */
    KeySet update(String tenant, String id, UpdateKeySetRequest request) {
        if (request.odataType() != null) {
            throw B2cErrors.invalidKeySetField();
        }
        if (request.keys() == null) {
            throw B2cErrors.missingParameter("keys");
        }
        if (request.keys().stream().anyMatch(key -> key != null && key.kid() != null && !key.kid().isEmpty())) {
            throw B2cErrors.keyWithKidInUpdate();
        }
        List<TrustFrameworkKey> keys = validated(request.keys());
        return repository.update(tenant, id, current -> current.withKeys(keys))
            .orElseThrow(() -> B2cErrors.keySetNotFound(id, tenant));
    }

    /**
     * Deletes the set and keeps it as {@code {id}.bak}, as B2C does; deleting a .bak
     * keeps no copy.
     */
    void delete(String tenant, String id) {
        repository.delete(tenant, id, KeySetService::backupOf).orElseThrow(() -> B2cErrors.keySetNotFound(id, tenant));
    }

    private static KeySet backupOf(KeySet deleted) {
        if (deleted.id().toLowerCase(Locale.ROOT).endsWith(BACKUP_SUFFIX)) {
            return null;
        }
        return new KeySet(deleted.id() + BACKUP_SUFFIX, deleted.keys());
    }

    private List<TrustFrameworkKey> validated(List<JsonWebKeyInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.stream().anyMatch(Objects::isNull)) {
            throw B2cErrors.missingParameter("keys[]");
        }
        List<TrustFrameworkKey> keys = inputs.stream().map(validator::validate).toList();
        validator.checkSet(keys, maxKeysPerSet);
        return keys;
    }

}
