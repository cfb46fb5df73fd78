package dev.b2cemulator.config;

import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.b2cemulator.support.EmulatorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the request path and the start must not carry (docs/PERFORMANCE.md): Micrometer
 * observations wrapped every request and every security filter, and cost most of a
 * request's CPU, as soon as a registry was present. Nor do the session-management
 * filters, for a server that keeps no session.
 */
@EmulatorIntegrationTest
class LeanContextIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void noObservationRegistryAndASecurityChainOfPlainFilters() {
        assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
        FilterChainProxy chains = context.getBean(FilterChainProxy.class);
        assertThat(chains.getFilterChains()).singleElement()
            .satisfies(chain -> assertThat(chain.getFilters())
                .noneMatch(filter -> filter.getClass().getName().contains("Observation"))
                .noneMatch(SessionManagementFilter.class::isInstance)
                .noneMatch(DisableEncodeUrlFilter.class::isInstance));
    }

    /**
     * The settings are checked by {@link EmulatorPropertiesValidator}
     * (StartupValidationTests); Bean Validation is not on the class path, which saves
     * some 700 classes, and no method validation is made.
     */
    @Test
    void noBeanValidation() {
        assertThat(context.getBeanNamesForType(MethodValidationPostProcessor.class)).isEmpty();
        assertThat(ClassUtils.isPresent("jakarta.validation.Validator", getClass().getClassLoader())).isFalse();
        assertThat(context.getBean("configurationPropertiesValidator")).isInstanceOf(EmulatorPropertiesValidator.class);
    }

    /**
     * The emulator's own servlet filters are plain filters, which Boot registers for the
     * request dispatch only: a {@code OncePerRequestFilter} is registered for every
     * dispatch and sets, reads and removes a request attribute on each call to skip the
     * others (2 % of a request's CPU for six filters).
     */
    @Test
    void theEmulatorsServletFiltersRunOnTheRequestDispatchOnly() {
        List<FilterRegistrationBean<?>> ours = new ServletContextInitializerBeans(context).stream()
            .filter(FilterRegistrationBean.class::isInstance)
            .<FilterRegistrationBean<?>>map(registration -> (FilterRegistrationBean<?>) registration)
            .filter(registration -> registration.getFilter().getClass().getName().startsWith("dev.b2cemulator."))
            .toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(6).allSatisfy(registration -> {
            assertThat(registration.getFilter()).isNotInstanceOf(OncePerRequestFilter.class);
            assertThat(registration.determineDispatcherTypes()).containsExactly(DispatcherType.REQUEST);
        });
    }

    /**
     * The mapper the JSON converter reads and writes with keeps its buffers per thread,
     * and still carries every customizer (Graph's lenient reading among them).
     */
    @Test
    void jsonBuffersArePooledPerThreadWithTheCustomizersApplied() {
        JsonMapper json = context.getBean(JsonMapper.class);
        assertThat(json.tokenStreamFactory()._getRecyclerPool()).isInstanceOf(JsonRecyclerPools.ThreadLocalPool.class);
        assertThat(json.isEnabled(JsonReadFeature.ALLOW_TRAILING_COMMA)).isTrue();
    }

}
