package dev.b2cemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.b2cemulator.tenant.CurrentTenant;

/**
 * Notes the tenant of every Graph call that reaches a controller before its arguments are
 * read, so that the request journal names the tenant of a call whose body was refused
 * too.
 */
@Configuration(proxyBeanMethods = false)
class TenantOfGraphCalls implements WebMvcConfigurer {

    private final CurrentTenant tenant;

    TenantOfGraphCalls(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {

            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (GraphPaths.isGraph(request)) {
                    tenant.id();
                }
                return true;
            }

        });
    }

}
