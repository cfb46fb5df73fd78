package dev.b2cemulator.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens made by the test itself, for the cases the emulator's token endpoint would never
 * issue.
 */
public final class TestTokens {

    public static final String TENANT_A = "11111111-1111-1111-1111-111111111111";

    public static final String READ_WRITE = "TrustFrameworkKeySet.ReadWrite.All";

    public static final String READ = "TrustFrameworkKeySet.Read.All";

    private TestTokens() {
    }

    /** Claims that pass every check: Graph audience, a tenant, valid now for an hour. */
    public static JWTClaimsSet.Builder graphClaims(String tenant, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("http://localhost/" + tenant + "/v2.0")
            .audience("https://graph.microsoft.com")
            .claim("tid", tenant)
            .claim("appid", "test-app")
            .claim("roles", roles)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    public static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, JWSAlgorithm.RS256, claims);
    }

    public static String sign(RSAKey key, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Signed with a header the test shapes itself (kid, typ, crit, jwk, jku, x5u…). */
    public static String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /**
     * The classic key-confusion attack: HS256 keyed with the bytes of the RSA public key,
     * which a verifier that trusts the header's alg would accept.
     */
    public static String hmacWithPublicKey(RSAKey key, JWTClaimsSet claims) {
        try {
            byte[] publicKeyBytes = key.toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new MACSigner(publicKeyBytes));
            return jwt.serialize();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
