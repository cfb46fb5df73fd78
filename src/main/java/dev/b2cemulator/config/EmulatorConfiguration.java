package dev.b2cemulator.config;

import java.util.List;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPatternParser;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmulatorProperties.class)
public class EmulatorConfiguration implements WebMvcConfigurer {

    /**
     * The bounds of the settings: Boot's binder checks every configuration properties
     * class with the bean of this name. Static, so that it exists before this
     * configuration does; infrastructure, as it is made while the post-processors are.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Validator configurationPropertiesValidator() {
        return new EmulatorPropertiesValidator();
    }

    /**
     * Boot's mapper builder (its customizers, then ours), on a JSON factory whose parsers
     * and generators take their buffers from a pool per thread. Jackson 3's default pool
     * is one concurrent deque shared by all threads, which every parser and generator
     * takes from and gives back to; Tomcat's request threads are long-lived platform
     * threads, the case Jackson's thread-local pool is made for.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper
            .builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /**
     * As lenient as the real service, whose own published scripts send trailing commas
     * and single-quoted strings; unknown members are ignored and numeric strings coerce
     * to numbers. As strict as its typed members: an Int64 ({@code nbf}, {@code exp})
     * refuses a fraction, and a string member refuses a number, a boolean, an array or an
     * object, where Jackson would coerce them.
     */
    @Bean
    JsonMapperBuilderCustomizer graphJson() {
        return builder -> builder.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Textual,
                    strings -> strings.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * JSON bodies that cannot be read are reported without quoting them (see
     * {@link QuietJsonConverter}).
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer quietJsonConverter(JsonMapper jsonMapper) {
        return converters -> converters.withJsonConverter(new QuietJsonConverter(jsonMapper));
    }

    /**
     * Graph matches path segments case-insensitively
     * ({@code /beta/trustframework/keysets} works).
     */
    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(false);
        configurer.setPatternParser(parser);
    }

}
