package dev.b2cemulator.config;

import org.apache.catalina.core.StandardHost;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPatternParser;

import dev.b2cemulator.error.GraphErrorReportValve;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmulatorProperties.class)
public class EmulatorConfiguration implements WebMvcConfigurer {

    /**
     * The real service is lenient: Microsoft's own scripts send trailing commas and single-quoted strings
     * (research notes, clients C3 and C4). Unknown members are ignored, numeric strings coerce to numbers.
     */
    @Bean
    JsonMapperBuilderCustomizer lenientGraphJson() {
        return builder -> builder.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES);
    }

    /** JSON bodies that cannot be read are reported without quoting them (see {@link QuietJsonConverter}). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer quietJsonConverter(JsonMapper jsonMapper) {
        return converters -> converters.withJsonConverter(new QuietJsonConverter(jsonMapper));
    }

    /** Requests Tomcat refuses before Spring sees them are answered in Graph's shape too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> graphErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
            .setErrorReportValveClass(GraphErrorReportValve.class.getName()));
    }

    /** Graph matches path segments case-insensitively ({@code /beta/trustframework/keysets} works). */
    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(false);
        configurer.setPatternParser(parser);
    }

}
