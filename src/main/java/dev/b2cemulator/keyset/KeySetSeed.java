package dev.b2cemulator.keyset;

import java.util.List;

import dev.b2cemulator.jwk.JsonWebKeyInput;

/**
 * A keyset of the seed file: {@code keys} validated as on create; {@code generate} runs
 * generateKey for each.
 */
public record KeySetSeed(String id, List<JsonWebKeyInput> keys, List<KeyRequests.GenerateKey> generate) {
}
