package dev.b2cemulator.keyset;

import java.util.List;

import org.springframework.stereotype.Service;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.jwk.JwkValidator;
import dev.b2cemulator.jwk.TrustFrameworkKey;

/** The keyset rules of CONTRACT §5: ids, validation of every key, one set per id per tenant. */
@Service
class KeySetService {

    private final KeySetRepository repository;

    private final JwkValidator validator;

    private final int maxKeysPerSet;

    KeySetService(KeySetRepository repository, JwkValidator validator, EmulatorProperties properties) {
        this.repository = repository;
        this.validator = validator;
        this.maxKeysPerSet = properties.maxKeysPerSet();
    }

    /** Validates everything before storing anything: a refused create leaves no trace. */
    KeySet create(String tenant, CreateKeySetRequest request) {
        if (request.odataType() != null) {
            throw B2cErrors.invalidKeySetField();
        }
        String id = KeySetIds.normalize(request.id());
        List<TrustFrameworkKey> keys = request.keys() == null ? List.of()
                : request.keys().stream().map(validator::validate).toList();
        validator.checkSet(keys, maxKeysPerSet);
        KeySet keySet = new KeySet(id, keys);
        if (!repository.create(tenant, keySet)) {
            throw B2cErrors.keySetExists(id);
        }
        return keySet;
    }

}
