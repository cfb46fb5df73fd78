package dev.b2cemulator.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
        if (configured != null) {
            return configured;
        }
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest();
        String host = request.getServerName();
        if (host.indexOf(':') >= 0) {
            // an IPv6 literal: the URI builder brackets it
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        // the same as the builder's answer for a name or IPv4 address, without parsing a
        // URI
        return request.getScheme() + "://" + authority(request) + request.getContextPath();
    }

    /** The host the client called, with its port unless it is the scheme's default. */
    public static String authority(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getServerName() + (defaultPort ? "" : ":" + port);
    }

}
