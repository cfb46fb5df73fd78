package dev.b2cemulator.config;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadsTests {

    @Test
    void fourThreadsPerCoreAndNeverFewerThanEight() {
        assertThat(RequestThreads.defaultMax(1)).isEqualTo(8);
        assertThat(RequestThreads.defaultMax(2)).isEqualTo(8);
        assertThat(RequestThreads.defaultMax(16)).isEqualTo(64);
    }

    @Test
    void theDefaultLimitsTheConnectorAndItsSpareThreads() {
        AbstractProtocol<?> protocol = customizedProtocol(new MockEnvironment());

        int expected = RequestThreads.defaultMax(Runtime.getRuntime().availableProcessors());
        assertThat(protocol.getMaxThreads()).isEqualTo(expected);
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(expected);
    }

    @Test
    void serverTomcatThreadsMaxStillDecides() {
        AbstractProtocol<?> protocol = customizedProtocol(
                new MockEnvironment().withProperty(RequestThreads.MAX_THREADS, "200"));

        assertThat(protocol.getMaxThreads()).as("Tomcat's own default, untouched").isEqualTo(200);
    }

    @Test
    void appliedAfterBootsCustomizerAndBeforeTheHttpsConnectorCopiesTheSettings() {
        assertThat(new RequestThreads().requestThreadLimit(new MockEnvironment())).isInstanceOf(Ordered.class)
            .extracting(customizer -> ((Ordered) customizer).getOrder())
            .isEqualTo(1)
            .isNotEqualTo(Ordered.LOWEST_PRECEDENCE);
    }

    private static AbstractProtocol<?> customizedProtocol(MockEnvironment environment) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new RequestThreads().requestThreadLimit(environment).customize(factory);
        Connector connector = new Connector();
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        return (AbstractProtocol<?>) connector.getProtocolHandler();
    }

}
