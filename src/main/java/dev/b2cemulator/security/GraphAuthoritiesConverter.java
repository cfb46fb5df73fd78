package dev.b2cemulator.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Graph permissions from an Entra token: application permissions in {@code roles} (an
 * array), delegated ones in {@code scp} (space-separated). Spring's default converter
 * reads only {@code scope}/{@code scp} and adds a {@code SCOPE_} prefix; here each
 * permission is an authority under its own name.
 */
class GraphAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (jwt.getClaim("roles") instanceof Collection<?> roles) {
            roles.stream().map(String::valueOf).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        }
        if (jwt.getClaim("scp") instanceof String scopes) {
            for (String scope : scopes.trim().split("\\s+")) {
                if (!scope.isEmpty()) {
                    authorities.add(new SimpleGrantedAuthority(scope));
                }
            }
        }
        return authorities;
    }

}
