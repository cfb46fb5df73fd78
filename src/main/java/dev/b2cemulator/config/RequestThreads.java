package dev.b2cemulator.config;

import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Request threads: four per core, at least eight, unless
 * {@code SERVER_TOMCAT_THREADS_MAX} says otherwise. Tomcat's 200 let every connection of
 * a load test run at once; on two cores the threads then preempted each other while
 * holding the store's and the container's locks, and the time went into waiting and
 * spinning (docs/PERFORMANCE.md: 64 connections served 2.1 times as fast with eight
 * threads as with 200). Connections beyond the threads wait in Tomcat's queue, as they do
 * for any server.
 */
@Configuration(proxyBeanMethods = false)
class RequestThreads {

    static final String MAX_THREADS = "server.tomcat.threads.max";

    static int defaultMax(int cores) {
        return Math.max(8, 4 * cores);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreadLimit(Environment environment) {
        return new Limit(environment, defaultMax(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Ordered after Boot's customizer (order 0), which sets Tomcat's own defaults, and
     * before the HTTPS connector's, which copies the settings. (Customizer beans are
     * sorted by their class's order, not by {@code @Order} on the {@code @Bean} method.)
     */
    static final class Limit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        static final int ORDER = 1;

        private final Environment environment;

        private final int max;

        Limit(Environment environment, int max) {
            this.environment = environment;
            this.max = max;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (!this.environment.containsProperty(MAX_THREADS)) {
                factory.addConnectorCustomizers(limit(this.max));
            }
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

    }

    /** A connector customizer, as Boot's thread settings are, applied after them. */
    private static TomcatConnectorCustomizer limit(int max) {
        return connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(max);
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), max));
            }
        };
    }

}
