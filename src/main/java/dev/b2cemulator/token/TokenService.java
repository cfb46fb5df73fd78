package dev.b2cemulator.token;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Service;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.tenant.TenantDomains;
import dev.b2cemulator.tenant.TenantIds;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The emulator's own Entra ID: checks a client-credentials request and issues an RS256
 * access token for Microsoft Graph (docs/API.md, tokens).
 */
@Service
public class TokenService {

    static final long LIFETIME_SECONDS = 3599;

    private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "offline_access", "email");

    private static final Set<String> TENANTLESS = Set.of("common", "organizations", "consumers");

    private final EmulatorProperties properties;

    private final SigningKey signingKey;

    private final Clock clock;

    private final TenantDomains domains;

    public TokenService(EmulatorProperties properties, SigningKey signingKey, TenantDomains domains) {
        this.domains = domains;
        this.properties = properties;
        this.signingKey = signingKey;
        this.clock = Clock.systemUTC();
    }

    IssuedToken issue(TokenRequest request, String baseUrl) {
        String tenantId = tenantId(request.tenant());
        if (!TenantIds.isGuid(request.tenant())) {
            // The domain a client signs in with is the tenant's name, as in B2C's
            // messages about its policies.
            domains.register(tenantId, request.tenant());
        }
        if (request.grantType() == null || request.grantType().isBlank()) {
            throw TokenRequestException.missingParameter("grant_type");
        }
        if (!"client_credentials".equals(request.grantType())) {
            throw new TokenRequestException(400, "unsupported_grant_type", 70003,
                    "The app requested an unsupported grant type '" + request.grantType()
                            + "'. The emulator issues tokens for client_credentials only.");
        }
        checkAudience(request, tenantId);
        List<String> roles = authenticate(request, tenantId);
        return new IssuedToken(sign(tenantId, request.clientId(), roles, request.v1(), baseUrl), LIFETIME_SECONDS);
    }

    private static String tenantId(String tenant) {
        if (TENANTLESS.contains(tenant.toLowerCase(Locale.ROOT))) {
            throw new TokenRequestException(400, "invalid_request", 50059, "No tenant-identifying information found "
                    + "in either the request or implied by any provided credentials. Use the tenant id or domain "
                    + "name instead of '" + tenant + "' for client credentials.");
        }
        return TenantIds.resolve(tenant)
            .orElseThrow(() -> new TokenRequestException(400, "invalid_request", 90002, "Tenant '" + tenant
                    + "' not found. Use a tenant GUID or a domain name such as contoso.onmicrosoft.com."));
    }

    private static void checkAudience(TokenRequest request, String tenantId) {
        if (request.v1()) {
            String resource = required(request.resource(), "resource");
            if (!MicrosoftGraph.AUDIENCES.contains(stripSlash(resource))) {
                throw unknownResource(resource, tenantId);
            }
            return;
        }
        // MSAL adds the OIDC scopes (openid profile offline_access); Entra ignores them
        // for client credentials.
        List<String> scopes = Arrays.stream(required(request.scope(), "scope").trim().split("\\s+"))
            .filter(scope -> !OIDC_SCOPES.contains(scope.toLowerCase(Locale.ROOT)))
            .toList();
        String scope = String.join(" ", scopes);
        if (scopes.size() != 1 || !scope.endsWith("/.default")) {
            throw new TokenRequestException(400, "invalid_scope", 1002012, "The provided value for scope " + scope
                    + " is not valid. Client credential flows must have a scope value with /.default suffixed to the"
                    + " resource identifier (application ID URI): https://graph.microsoft.com/.default.");
        }
        String resource = scope.substring(0, scope.length() - "/.default".length());
        if (!MicrosoftGraph.AUDIENCES.contains(stripSlash(resource))) {
            throw unknownResource(resource, tenantId);
        }
    }

    private List<String> authenticate(TokenRequest request, String tenantId) {
        String clientId = required(request.clientId(), "client_id");
        if (request.clientSecret() == null || request.clientSecret().isEmpty()) {
            throw new TokenRequestException(401, "invalid_client", 7000218,
                    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        }
        if (properties.clients().isEmpty()) {
            return List.of(GraphPermission.KEYSET_READ_WRITE.value(), GraphPermission.POLICY_READ_WRITE.value());
        }
        EmulatorProperties.Client client = properties.clients()
            .stream()
            .filter(c -> c.id().equals(clientId))
            .findFirst()
            .orElseThrow(() -> new TokenRequestException(400, "unauthorized_client", 700016, "Application with "
                    + "identifier '" + clientId + "' was not found in the directory '" + tenantId + "'."));
        if (!MessageDigest.isEqual(client.secret().getBytes(UTF_8), request.clientSecret().getBytes(UTF_8))) {
            throw new TokenRequestException(401, "invalid_client", 7000215,
                    "Invalid client secret provided. Ensure the secret being sent in the request is the client "
                            + "secret value configured for '" + clientId + "'.");
        }
        return client.roles();
    }

    private String sign(String tenantId, String clientId, List<String> roles, boolean v1, String baseUrl) {
        Instant now = clock.instant();
        String issuer = baseUrl + "/" + tenantId + "/v2.0";
        String principal = UUID.nameUUIDFromBytes(("client:" + clientId).getBytes(UTF_8)).toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
            .audience(MicrosoftGraph.RESOURCE)
            .subject(principal)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
            .claim("tid", tenantId)
            .claim("appid", clientId)
            .claim("azp", clientId)
            .claim("appidacr", "1")
            .claim("oid", principal)
            .claim("idtyp", "app")
            .claim("roles", roles)
            .claim("uti", UUID.randomUUID().toString())
            .claim("ver", v1 ? "1.0" : "2.0")
            .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
            .keyID(signingKey.privateKey().getKeyID())
            .build();
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(signingKey.privateKey()));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot sign a token", ex);
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw TokenRequestException.missingParameter(name);
        }
        return value;
    }

    private static String stripSlash(String resource) {
        return resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
    }

    private static TokenRequestException unknownResource(String resource, String tenantId) {
        return new TokenRequestException(400, "invalid_resource", 500011,
                "The resource principal named " + resource + " was not found in the tenant named " + tenantId
                        + ". The emulator issues tokens for Microsoft " + "Graph only (https://graph.microsoft.com).");
    }

    record IssuedToken(String accessToken, long expiresInSeconds) {
    }

}
