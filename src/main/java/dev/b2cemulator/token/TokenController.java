package dev.b2cemulator.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.config.PublicBaseUrl;

/**
 * Entra ID's client-credentials token endpoints, v2 ({@code scope}) and v1
 * ({@code resource}). The form is read from the raw body (not the container's parameters,
 * see {@link TokenForm}) whatever the Content-Type, so a JSON body is refused as Entra
 * refuses it: a missing parameter.
 */
@RestController
class TokenController {

    private final TokenService tokens;

    private final PublicBaseUrl baseUrl;

    TokenController(TokenService tokens, PublicBaseUrl baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    @PostMapping("/{tenant}/oauth2/v2.0/token")
    ResponseEntity<V2Response> v2(@PathVariable String tenant, InputStream body,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        MultiValueMap<String, String> form = TokenForm.parse(body);
        var issued = tokens.issue(request(tenant, form, authorization, false), baseUrl.current());
        long expiresIn = issued.expiresInSeconds();
        return noStore(new V2Response("Bearer", expiresIn, expiresIn, issued.accessToken()));
    }

    @PostMapping("/{tenant}/oauth2/token")
    ResponseEntity<V1Response> v1(@PathVariable String tenant, InputStream body,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization)
            throws IOException {
        MultiValueMap<String, String> form = TokenForm.parse(body);
        var issued = tokens.issue(request(tenant, form, authorization, true), baseUrl.current());
        long now = Instant.now().getEpochSecond();
        String expiresIn = String.valueOf(issued.expiresInSeconds());
        return noStore(new V1Response("Bearer", expiresIn, expiresIn, String.valueOf(now + issued.expiresInSeconds()),
                String.valueOf(now), form.getFirst("resource"), issued.accessToken()));
    }

    private static TokenRequest request(String tenant, MultiValueMap<String, String> form, String authorization,
            boolean v1) {
        String clientId = form.getFirst("client_id");
        String clientSecret = form.getFirst("client_secret");
        String[] basic = basicCredentials(authorization);
        if (basic != null) {
            clientId = clientId != null ? clientId : basic[0];
            clientSecret = clientSecret != null ? clientSecret : basic[1];
        }
        return new TokenRequest(tenant, form.getFirst("grant_type"), clientId, clientSecret, form.getFirst("scope"),
                form.getFirst("resource"), v1);
    }

    /**
     * client_secret_basic: {@code Basic base64(urlencode(id):urlencode(secret))}; null
     * when absent or unreadable.
     */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] { urlDecode(decoded.substring(0, colon)), urlDecode(decoded.substring(colon + 1)) };
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String urlDecode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static <T> ResponseEntity<T> noStore(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }

    record V2Response(@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("ext_expires_in") long extExpiresIn, @JsonProperty("access_token") String accessToken) {

        @Override
        public String toString() {
            return "V2Response[expiresIn=" + expiresIn + "]";
        }
    }

    /** v1 answers its numbers as strings, as Entra's v1 endpoint does. */
    record V1Response(@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") String expiresIn,
            @JsonProperty("ext_expires_in") String extExpiresIn, @JsonProperty("expires_on") String expiresOn,
            @JsonProperty("not_before") String notBefore, String resource,
            @JsonProperty("access_token") String accessToken) {

        @Override
        public String toString() {
            return "V1Response[expiresOn=" + expiresOn + "]";
        }
    }

}
