package dev.b2cemulator.seed;

import java.util.List;
import java.util.Map;

import dev.b2cemulator.keyset.KeySetSeed;

/**
 * {@code EMULATOR_SEED_FILE}: keysets and policies per tenant, loaded before the emulator
 * reports ready (docs/EMULATOR.md).
 *
 * <pre>
 * {"tenants":{"contoso.onmicrosoft.com":{
 *   "keySets":[{"id":"TokenSigningKeyContainer","generate":[{"kty":"RSA","use":"sig"}]}],
 *   "policies":["policies/TrustFrameworkBase.xml","policies/SignUpOrSignin.xml"]}}}
 * </pre>
 */
record SeedFile(Map<String, Tenant> tenants) {

    /**
     * Policies are paths relative to the seed file, uploaded in this order after the
     * keysets.
     */
    record Tenant(List<KeySetSeed> keySets, List<String> policies) {
    }

}
