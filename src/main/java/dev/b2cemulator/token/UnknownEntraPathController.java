package dev.b2cemulator.token;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.web.UnknownPath;
import dev.b2cemulator.web.GraphPaths;

/**
 * The token side's other paths ({@code /{tenant}/oauth2/…}, {@code /{tenant}/v2.0/…},
 * {@code /{tenant}/discovery/…}) answer in Entra's shape, which token clients parse: a
 * known endpoint called with the wrong method is Entra's 400 {@code AADSTS900561};
 * anything else a 404 naming the path and the endpoints there are.
 */
@RestController
class UnknownEntraPathController {

    private static final Map<String, String> ENDPOINTS = Map.of("oauth2/v2.0/token", "POST", "oauth2/token", "POST",
            "v2.0/.well-known/openid-configuration", "GET", ".well-known/openid-configuration", "GET",
            "discovery/v2.0/keys", "GET", "discovery/keys", "GET", "discovery/instance", "GET");

    @RequestMapping({ "/{tenant}/oauth2/**", "/{tenant}/v2.0/**", "/{tenant}/discovery/**",
            "/{tenant}/.well-known/**" })
    void unknown(@PathVariable String tenant, HttpServletRequest request) {
        String path = GraphPaths.path(request);
        if (GraphPaths.isGraph(path)) {
            throw UnknownPath.describe(path);
        }
        String endpoint = path.substring(tenant.length() + 2).toLowerCase(Locale.ROOT);
        String method = ENDPOINTS.get(endpoint);
        if (method != null) {
            throw new TokenRequestException(400, "invalid_request", 900561, "The endpoint only accepts " + method
                    + ", OPTIONS requests. Received a " + request.getMethod() + " request.");
        }
        throw new TokenRequestException(404, "invalid_request", 0,
                "No endpoint at '" + path + "'. The token "
                        + "endpoints are /{tenant}/oauth2/v2.0/token and /{tenant}/oauth2/token; discovery is at "
                        + "/{tenant}/v2.0/.well-known/openid-configuration (v1: /{tenant}/.well-known/…), "
                        + "/{tenant}/discovery/v2.0/keys and /common/discovery/instance.");
    }

}
