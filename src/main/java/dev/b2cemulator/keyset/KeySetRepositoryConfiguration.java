package dev.b2cemulator.keyset;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.b2cemulator.config.EmulatorProperties;

/** Memory only by default; with {@code EMULATOR_DATA_DIR}, durable (docs/EMULATOR.md). */
@Configuration(proxyBeanMethods = false)
class KeySetRepositoryConfiguration {

    @Bean
    KeySetRepository keySetRepository(EmulatorProperties properties, JsonMapper jsonMapper) {
        return properties.dataDir() == null ? new InMemoryKeySetRepository()
                : new DurableKeySetRepository(properties.dataDir(), jsonMapper);
    }

}
