package dev.b2cemulator.tls;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * {@code EMULATOR_TLS_ENABLED=true}: an HTTPS connector on {@code EMULATOR_TLS_PORT}
 * (8443) beside HTTP, serving the same application with {@link TlsMaterial}'s
 * certificate.
 */
@Configuration(proxyBeanMethods = false)
class HttpsConnector {

    /**
     * Last, so the connector gets every setting the HTTP one gets (threads, header size):
     * Boot applies its customizers to the main connector only. Decided when the server is
     * made, not by a condition on the bean, so that an AOT-processed build (the image)
     * still reads {@code EMULATOR_TLS_ENABLED} at start.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> addHttpsConnector(TlsMaterial material) {
        return new AddHttpsConnector(material);
    }

    /**
     * Ordered by its class: customizer beans are sorted by that, not by {@code @Order}.
     */
    private static final class AddHttpsConnector
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final TlsMaterial material;

        AddHttpsConnector(TlsMaterial material) {
            this.material = material;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (this.material.enabled()) {
                factory.addAdditionalConnectors(sameSettings(factory, connector(this.material)));
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

    }

    @SuppressWarnings("unchecked")
    private static Connector sameSettings(TomcatServletWebServerFactory factory, Connector connector) {
        ProtocolHandler handler = connector.getProtocolHandler();
        LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(), handler)
            .invoke(customizer -> customizer.customize(handler));
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        return connector;
    }

    private static Connector connector(TlsMaterial material) {
        EmulatorProperties.Tls tls = material.settings();
        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setPort(tls.port());
        Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        SSLHostConfig host = new SSLHostConfig();
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(host,
                SSLHostConfigCertificate.Type.UNDEFINED);
        if (tls.keystoreFile() != null) {
            certificate.setCertificateKeystoreFile(tls.keystoreFile().toAbsolutePath().toString());
            certificate.setCertificateKeystorePassword(tls.keystorePassword() == null ? "" : tls.keystorePassword());
            certificate.setCertificateKeystoreType("PKCS12");
        }
        else {
            var files = material.pemFiles();
            certificate.setCertificateFile(files[0].toAbsolutePath().toString());
            certificate.setCertificateKeyFile(files[1].toAbsolutePath().toString());
        }
        host.addCertificate(certificate);
        protocol.addSslHostConfig(host);
        return connector;
    }

}
