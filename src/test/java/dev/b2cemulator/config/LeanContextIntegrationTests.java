package dev.b2cemulator.config;

import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
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
     * Nothing here runs on Spring's task executors or reads build info, and nothing logs
     * through Log4j's API: without their auto-configurations and the Log4j bridge, some
     * 380 fewer classes load at each start.
     */
    @Test
    void noTaskExecutorsNoProjectInfoNoLog4jBridge() {
        assertThat(context.getBeanNamesForType(TaskExecutor.class)).isEmpty();
        assertThat(context.getBeanNamesForType(TaskScheduler.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ThreadPoolTaskExecutorBuilder.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SimpleAsyncTaskSchedulerBuilder.class)).isEmpty();
        assertThat(context.getBeanNamesForType(BuildProperties.class)).isEmpty();
        assertThat(ClassUtils.isPresent("org.apache.logging.log4j.LogManager", getClass().getClassLoader())).isFalse();
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
