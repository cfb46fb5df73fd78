package dev.b2cemulator.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import dev.b2cemulator.tenant.TenantIds;
import dev.b2cemulator.token.MicrosoftGraph;

/**
 * The claim checks (docs/API.md, token checks), worded as Graph words them: lifetime with
 * 60 s skew, audience Graph, and a {@code tid} that names the tenant the call acts on.
 */
class GraphTokenValidator implements OAuth2TokenValidator<Jwt> {

    static final Duration SKEW = Duration.ofSeconds(60);

    private final Clock clock;

    GraphTokenValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (jwt.getExpiresAt() == null) {
            errors.add(error("Lifetime validation failed, the token has no expiry ('exp')."));
        }
        else if (expired(now, jwt.getExpiresAt())) {
            errors.add(error("Lifetime validation failed, the token is expired."));
        }
        if (notYetValid(now, jwt.getNotBefore())) {
            errors.add(error("Lifetime validation failed, the token is not yet valid ('nbf' is in the future)."));
        }
        List<String> audience = jwt.getAudience() == null ? List.of() : jwt.getAudience();
        if (audience.stream().noneMatch(MicrosoftGraph.AUDIENCES::contains)) {
            errors.add(error("Access token validation failure. Invalid audience: expected https://graph.microsoft.com"
                    + " (request the scope https://graph.microsoft.com/.default)."));
        }
        String tenant = jwt.getClaimAsString("tid");
        if (tenant == null || !TenantIds.isGuid(tenant)) {
            errors.add(error("Access token validation failure. The token has no tenant id ('tid' claim, a GUID)."));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    static boolean expired(Instant now, Instant expiresAt) {
        return now.minus(SKEW).isAfter(expiresAt);
    }

    static boolean notYetValid(Instant now, Instant notBefore) {
        return notBefore != null && now.plus(SKEW).isBefore(notBefore);
    }

    private static OAuth2Error error(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }

}
