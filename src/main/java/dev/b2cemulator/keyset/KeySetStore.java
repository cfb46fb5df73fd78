package dev.b2cemulator.keyset;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.b2cemulator.config.EmulatorProperties;

/** Memory only by default; with {@code EMULATOR_DATA_DIR}, durable (CONTRACT §7). */
@Configuration(proxyBeanMethods = false)
class KeySetStore {

    @Bean
    KeySetRepository keySetRepository(EmulatorProperties properties, JsonMapper jsonMapper) {
        return properties.dataDir() == null ? new InMemoryKeySetRepository()
                : new DurableKeySetRepository(properties.dataDir(), jsonMapper);
    }

}
