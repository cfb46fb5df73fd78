package dev.b2cemulator.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import dev.b2cemulator.admin.FaultInjector;
import dev.b2cemulator.admin.RequestJournal;
import dev.b2cemulator.config.EmulatorConfiguration;
import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.error.GraphErrorWriter;
import dev.b2cemulator.tenant.CurrentTenant;
import dev.b2cemulator.token.SigningKey;

/**
 * What a {@code @WebMvcTest} of a Graph controller needs besides the controller: the real
 * security chain, error rendering, tenant resolution, and what the filters need (a slice
 * picks up controllers, advice and filters, not components).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ EmulatorConfiguration.class, SecurityConfiguration.class, GraphJwtDecoder.class, SigningKey.class,
        GraphAuthenticationEntryPoint.class, GraphAccessDeniedHandler.class, GraphErrorWriter.class,
        CurrentTenant.class, PublicBaseUrl.class, FaultInjector.class, RequestJournal.class })
public class SecuritySliceConfiguration {

}
