package dev.b2cemulator.security;

import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.token.SigningKey;

/**
 * Checks bearer tokens on the Graph API (docs/API.md, token checks) with Spring
 * Security's Nimbus decoder: the signature against the emulator's own key, or, for an
 * issuer listed in {@code EMULATOR_TRUSTED_ISSUERS}, against that issuer's keys found
 * through its discovery document. Only RSA algorithms are accepted, so neither
 * {@code alg: none} nor an HMAC keyed with a public key can pass. Every refusal says
 * which check failed ({@link GraphTokenException}). A token that verified is remembered
 * ({@link VerifiedTokens}): the same token again costs a look-up and a comparison of its
 * lifetime with the clock.
 */
@Component
public class GraphJwtDecoder implements JwtDecoder {

    static final Set<SignatureAlgorithm> ALLOWED_ALGORITHMS = Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384,
            SignatureAlgorithm.RS512, SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512);

    private static final Set<String> ALLOWED_NAMES = ALLOWED_ALGORITHMS.stream()
        .map(SignatureAlgorithm::getName)
        .collect(Collectors.toUnmodifiableSet());

    /**
     * Far more than the clients of a test run send; a load test's clients send one each.
     */
    private static final int REMEMBERED_TOKENS = 10_000;

    private static final String BEARER = "Bearer ";

    private final SigningKey signingKey;

    private volatile JwtDecoder ownKeyDecoder;

    private final Set<String> trustedIssuers;

    private final Map<String, JwtDecoder> issuerDecoders = new ConcurrentHashMap<>();

    private final GraphTokenValidator claimChecks;

    private final Clock clock;

    private final long maxTokenBytes;

    private final VerifiedTokens verified;

    @Autowired
    public GraphJwtDecoder(SigningKey signingKey, EmulatorProperties properties) {
        this(signingKey, properties, Clock.systemUTC());
    }

    GraphJwtDecoder(SigningKey signingKey, EmulatorProperties properties, Clock clock) {
        this.clock = clock;
        this.claimChecks = new GraphTokenValidator(clock);
        this.signingKey = signingKey;
        this.trustedIssuers = Set.copyOf(properties.trustedIssuers());
        this.maxTokenBytes = properties.maxTokenSize().toBytes();
        this.verified = new VerifiedTokens(REMEMBERED_TOKENS, clock);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (token.length() > maxTokenBytes) {
            throw new GraphTokenException(
                    "Access token is larger than " + maxTokenBytes + " bytes (EMULATOR_MAX_TOKEN_SIZE).");
        }
        Jwt known = verified.find(token);
        if (known != null) {
            return known;
        }
        SignedJWT signed = parseSigned(token);
        String issuer = issuer(signed);
        boolean external = issuer != null && trustedIssuers.contains(issuer);
        try {
            Jwt jwt = external ? issuerDecoders.computeIfAbsent(issuer, this::issuerDecoder).decode(token)
                    : ownKeyDecoder().decode(token);
            verified.add(token, jwt);
            return jwt;
        }
        catch (JwtValidationException ex) {
            throw ex;
        }
        catch (JwtException | IllegalArgumentException | IllegalStateException ex) {
            throw new GraphTokenException(external
                    ? "Access token signature validation failed against the keys of the trusted issuer " + issuer
                            + " (or its discovery document could not be read)."
                    : "Access token signature validation failed: the token was not signed by this emulator's key. "
                            + "Get a token from the emulator's token endpoint, or list its issuer in "
                            + "EMULATOR_TRUSTED_ISSUERS.",
                    ex);
        }
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header (the scheme in any
     * case) when it is one this decoder verified and still remembers, else null. Such a
     * token was read from a header of this form by Spring's bearer token resolver before
     * it could be verified, so the resolver would read it again the same way.
     */
    String rememberedToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length());
        return (verified.find(token) != null) ? token : null;
    }

    /** Made on first use: the signing key may still be being generated at start. */
    private JwtDecoder ownKeyDecoder() {
        if (ownKeyDecoder == null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(signingKey.publicKeys()))
                .jwsAlgorithms(algorithms -> algorithms.addAll(ALLOWED_ALGORITHMS))
                .build();
            decoder.setJwtValidator(claimChecks);
            ownKeyDecoder = decoder;
        }
        return ownKeyDecoder;
    }

    private static SignedJWT parseSigned(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        }
        catch (ParseException ex) {
            throw new GraphTokenException(
                    "Access token is not a well-formed JWT (three base64url parts separated by dots).");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new GraphTokenException("Access token validation failure. Unsigned tokens (alg 'none') and encrypted "
                    + "tokens are not accepted.");
        }
        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        if (!ALLOWED_NAMES.contains(algorithm.getName())) {
            throw new GraphTokenException("Access token validation failure. The signing algorithm '" + algorithm
                    + "' is not accepted; use RS256, RS384, RS512, PS256, PS384 or PS512.");
        }
        JOSEObjectType type = signed.getHeader().getType();
        if (type != null && !type.getType().equalsIgnoreCase("JWT")) {
            throw new GraphTokenException("Access token validation failure. The token type ('typ') is '" + type
                    + "'; an access token for Graph is a JWT.");
        }
        return signed;
    }

    private static String issuer(SignedJWT signed) {
        try {
            return signed.getJWTClaimsSet().getIssuer();
        }
        catch (ParseException ex) {
            throw new GraphTokenException("Access token has an unreadable claims set.");
        }
    }

    private JwtDecoder issuerDecoder(String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
            .jwsAlgorithms(algorithms -> algorithms.addAll(ALLOWED_ALGORITHMS))
            .build();
        decoder.setJwtValidator(validatorFor(issuer));
        return decoder;
    }

    long rememberedTokens() {
        return verified.size();
    }

    private OAuth2TokenValidator<Jwt> validatorFor(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(List.of(new JwtIssuerValidator(issuer), claimChecks));
    }

}
