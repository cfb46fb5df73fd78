package dev.b2cemulator.keyset;

import java.util.List;
import java.util.Map;

import dev.b2cemulator.jwk.JsonWebKeyInput;

/**
 * {@code EMULATOR_SEED_FILE}: keysets per tenant, loaded before the emulator reports
 * ready (docs/EMULATOR.md). <pre>
 * {"tenants":{"contoso.onmicrosoft.com":{"keySets":[
 *   {"id":"TokenSigningKeyContainer","keys":[{"kty":"RSA","use":"sig","n":"…","e":"AQAB"}]},
 *   {"id":"TokenEncryptionKeyContainer","generate":[{"kty":"RSA","use":"enc"}]}]}}}
 * </pre>
 */
public record SeedFile(Map<String, Tenant> tenants) {

    public record Tenant(List<KeySetSeed> keySets) {
    }

    /**
     * {@code keys} are validated as on create; {@code generate} runs generateKey for each
     * entry.
     */
    public record KeySetSeed(String id, List<JsonWebKeyInput> keys, List<KeyRequests.GenerateKey> generate) {
    }

}
