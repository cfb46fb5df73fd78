package dev.b2cemulator.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Requests Tomcat refuses before Spring sees them are answered in Graph's shape too. */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> graphErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
            .setErrorReportValveClass(GraphErrorReportValve.class.getName()));
    }

}
