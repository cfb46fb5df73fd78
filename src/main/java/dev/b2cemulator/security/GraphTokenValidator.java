package dev.b2cemulator.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claim checks of CONTRACT §3, worded as Graph words them: lifetime with 60 s skew, audience Graph,
 * and a {@code tid} that names the tenant the call acts on.
 */
class GraphTokenValidator implements OAuth2TokenValidator<Jwt> {

    static final Set<String> GRAPH_AUDIENCES = Set.of("https://graph.microsoft.com",
            "00000003-0000-0000-c000-000000000000");

    private static final Duration SKEW = Duration.ofSeconds(60);

    private static final Pattern GUID = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
        else if (now.minus(SKEW).isAfter(jwt.getExpiresAt())) {
            errors.add(error("Lifetime validation failed, the token is expired."));
        }
        if (jwt.getNotBefore() != null && now.plus(SKEW).isBefore(jwt.getNotBefore())) {
            errors.add(error("Lifetime validation failed, the token is not yet valid ('nbf' is in the future)."));
        }
        List<String> audience = jwt.getAudience() == null ? List.of() : jwt.getAudience();
        if (audience.stream().noneMatch(GRAPH_AUDIENCES::contains)) {
            errors.add(error("Access token validation failure. Invalid audience: expected https://graph.microsoft.com"
                    + " (request the scope https://graph.microsoft.com/.default)."));
        }
        String tenant = jwt.getClaimAsString("tid");
        if (tenant == null || !GUID.matcher(tenant).matches()) {
            errors.add(error("Access token validation failure. The token has no tenant id ('tid' claim, a GUID)."));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error error(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }

}
