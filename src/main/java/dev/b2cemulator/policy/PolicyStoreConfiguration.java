package dev.b2cemulator.policy;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.store.DurableTenantMap;
import dev.b2cemulator.store.TenantMap;
import dev.b2cemulator.store.TenantStore;

/**
 * Policies in memory by default; with {@code EMULATOR_DATA_DIR}, in {@code policies.log}
 * beside the keysets.
 */
@Configuration(proxyBeanMethods = false)
class PolicyStoreConfiguration {

    private static final DurableTenantMap.Codec<Policy, Policy> AS_IS = DurableTenantMap.Codec.identity(Policy.class);

    @Bean
    TenantStore<Policy> policyStore(EmulatorProperties properties, JsonMapper jsonMapper) {
        return properties.dataDir() == null ? new TenantMap<>(Policy::id)
                : new DurableTenantMap<>(properties.dataDir().resolve("policies.log"), jsonMapper, Policy::id, AS_IS);
    }

}
