package dev.b2cemulator.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authentication built from a verified token, built once per token rather than on
 * every call (building it, its permissions and the request details again was 4 % of the
 * samples of a create under load, PERFORMANCE.md). It is reused only for the very
 * {@link Jwt} it was built from, which {@link GraphJwtDecoder} hands out only while that
 * token is remembered as verified and its lifetime holds; a token checked again in full
 * is a new {@code Jwt} and gets a new authentication. So this is never less strict than
 * the decoder. Shared between requests, it must carry no per-request details: the bearer
 * filter is configured to attach none. Bounded: when full, it starts again empty.
 */
final class RememberedAuthentications implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Converter<Jwt, ? extends AbstractAuthenticationToken> converter;

    private final Map<String, AbstractAuthenticationToken> byToken = new ConcurrentHashMap<>();

    private final int capacity;

    RememberedAuthentications(Converter<Jwt, ? extends AbstractAuthenticationToken> converter, int capacity) {
        this.converter = converter;
        this.capacity = capacity;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        AbstractAuthenticationToken known = byToken.get(jwt.getTokenValue());
        if (known != null && known.getPrincipal() == jwt) {
            return known;
        }
        AbstractAuthenticationToken built = converter.convert(jwt);
        if (built != null) {
            if (byToken.size() >= capacity) {
                byToken.clear();
            }
            byToken.put(jwt.getTokenValue(), built);
        }
        return built;
    }

    int size() {
        return byToken.size();
    }

}
