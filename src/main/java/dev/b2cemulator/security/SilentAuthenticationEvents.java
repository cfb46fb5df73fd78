package dev.b2cemulator.security;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Publishes no authentication events: the emulator has no listener for them, and Spring
 * Security would otherwise multicast one to every application listener on every call. A
 * refused token is still refused and answered by the entry point.
 */
final class SilentAuthenticationEvents implements AuthenticationEventPublisher {

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
    }

}
