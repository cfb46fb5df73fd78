package dev.b2cemulator.config;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The base URL that goes into {@code @odata.context}, {@code @odata.nextLink} and token
 * issuers: {@code EMULATOR_PUBLIC_BASE_URL} when set (behind a proxy, in a container
 * network), else the scheme, host and port the current request came in on.
 */
@Component
public class PublicBaseUrl {

    private final String configured;

    public PublicBaseUrl(EmulatorProperties properties) {
        String url = properties.publicBaseUrl();
        this.configured = url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
    }

    /** Call on a request thread. */
    public String current() {
        return configured != null ? configured : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

}
