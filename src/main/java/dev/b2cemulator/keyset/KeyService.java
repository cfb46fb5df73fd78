package dev.b2cemulator.keyset;

import java.time.Clock;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.jwk.ActiveKeys;
import dev.b2cemulator.jwk.JwkValidator;
import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.NewKeys;
import dev.b2cemulator.jwk.TrustFrameworkKey;

/**
 * The key actions (docs/API.md, keys). Each of the four adds one key under the set's
 * rules (one kty, one use, unique kids, the key cap), checked and written in one step, so
 * parallel uploads never overfill a set.
 */
@Service
class KeyService {

    private final KeySetRepository repository;

    private final NewKeys newKeys;

    private final JwkValidator validator;

    private final int maxKeysPerSet;

    private final Clock clock;

    KeyService(KeySetRepository repository, NewKeys newKeys, JwkValidator validator, EmulatorProperties properties) {
        this.repository = repository;
        this.newKeys = newKeys;
        this.validator = validator;
        this.maxKeysPerSet = properties.maxKeysPerSet();
        this.clock = Clock.systemUTC();
    }

    TrustFrameworkKey generateKey(String tenant, String id, KeyRequests.GenerateKey request) {
        requireSet(tenant, id);
        return add(tenant, id, newKeys.generate(request.kty(), request.use(), request.nbf(), request.exp()));
    }

    TrustFrameworkKey uploadSecret(String tenant, String id, KeyRequests.UploadSecret request) {
        requireSet(tenant, id);
        return add(tenant, id, newKeys.secret(request.use(), request.k(), request.nbf(), request.exp()));
    }

    TrustFrameworkKey uploadCertificate(String tenant, String id, KeyRequests.UploadCertificate request) {
        requireSet(tenant, id);
        return add(tenant, id, newKeys.certificate(request.key()));
    }

    TrustFrameworkKey uploadPkcs12(String tenant, String id, KeyRequests.UploadPkcs12 request) {
        requireSet(tenant, id);
        return add(tenant, id, newKeys.pkcs12(request.key(), request.password()));
    }

    TrustFrameworkKey activeKey(String tenant, String id) {
        KeySet keySet = requireSet(tenant, id);
        return ActiveKeys.select(keySet.keys(), clock.instant())
            .orElseThrow(() -> B2cErrors.noActiveKey(keySet.id(), tenant,
                    keySet.keys().isEmpty() ? "The key set has no keys."
                            : "No key is enabled and valid now (all are disabled, expired or " + "not yet active)."));
    }

    KeySet keySet(String tenant, String id) {
        return requireSet(tenant, id);
    }

    TrustFrameworkKey key(KeySet keySet, String kid) {
        return keySet.keys()
            .stream()
            .filter(key -> key.kid().equals(kid))
            .findFirst()
            .orElseThrow(() -> B2cErrors.keyNotFound(kid, keySet.id()));
    }

    void setStatus(String tenant, String id, String kid, KeyRequests.KeyStatusUpdate request) {
        if (request.status() == null) {
            throw B2cErrors.missingParameter("status");
        }
        KeyStatus status = KeyStatus.parse(request.status())
            .orElseThrow(() -> GraphException
                .badRequest("'status' must be 'enabled' or 'disabled', not '" + request.status() + "'."));
        KeySet keySet = requireSet(tenant, id);
        repository.update(tenant, id, current -> {
            if (current.keys().stream().noneMatch(key -> key.kid().equals(kid))) {
                throw B2cErrors.keyNotFound(kid, keySet.id());
            }
            return current.withKeys(
                    current.keys().stream().map(key -> key.kid().equals(kid) ? key.withStatus(status) : key).toList());
        }).orElseThrow(() -> B2cErrors.keySetNotFound(id, tenant));
    }

    /**
     * Appends under the set's lock: the rules are checked against the keys the set holds
     * at that moment.
     */
    private TrustFrameworkKey add(String tenant, String id, TrustFrameworkKey key) {
        repository.update(tenant, id, current -> {
            validator.checkSet(Stream.concat(current.keys().stream(), Stream.of(key)).toList(), maxKeysPerSet);
            return current.withKey(key);
        }).orElseThrow(() -> B2cErrors.keySetNotFound(id, tenant));
        return key;
    }

    private KeySet requireSet(String tenant, String id) {
        return repository.find(tenant, id).orElseThrow(() -> B2cErrors.keySetNotFound(id, tenant));
    }

}
