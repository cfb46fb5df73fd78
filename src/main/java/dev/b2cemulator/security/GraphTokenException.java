package dev.b2cemulator.security;

import org.springframework.security.oauth2.jwt.BadJwtException;

/**
 * A bearer token refused by one of the emulator's own checks, with the message the 401
 * says ({@link GraphAuthenticationEntryPoint}), which names the check that failed.
 */
class GraphTokenException extends BadJwtException {

    GraphTokenException(String message) {
        super(message);
    }

    GraphTokenException(String message, Throwable cause) {
        super(message, cause);
    }

}
