package dev.b2cemulator.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.microsoft.graph.beta.models.TrustFrameworkKey;
import com.microsoft.graph.beta.models.TrustFrameworkKeySet;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.beta.trustframework.keysets.item.generatekey.GenerateKeyPostRequestBody;
import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Graph beta SDK for Java, pointed at an emulator on localhost, with tokens
 * from the emulator's token endpoint (client credentials, as a real app gets them from
 * Entra ID).
 */
public final class GraphSdk {

    private GraphSdk() {
    }

    /** What a deployment does first: a keyset, and an RSA signing key generated in it. */
    public record GeneratedKey(String keySetId, TrustFrameworkKey key) {
    }

    public static GeneratedKey keySetWithGeneratedKey(GraphServiceClient graph, String name) {
        TrustFrameworkKeySet keySet = new TrustFrameworkKeySet();
        keySet.setId(name);
        String id = graph.trustFramework().keySets().post(keySet).getId();
        GenerateKeyPostRequestBody generate = new GenerateKeyPostRequestBody();
        generate.setUse("sig");
        generate.setKty("RSA");
        return new GeneratedKey(id,
                graph.trustFramework().keySets().byTrustFrameworkKeySetId(id).generateKey().post(generate));
    }

    /** The kid of the key B2C would use now. */
    public static String activeKid(GraphServiceClient graph, String keySetId) {
        return graph.trustFramework().keySets().byTrustFrameworkKeySetId(keySetId).getActiveKey().get().getKid();
    }

    public static GraphServiceClient client(int port) {
        String base = "http://localhost:" + port;
        var adapter = new BaseGraphRequestAdapter(
                new BaseBearerTokenAuthenticationProvider(new EmulatorTokenProvider(base)), base + "/beta");
        return new GraphServiceClient(adapter);
    }

    private static final class EmulatorTokenProvider implements AccessTokenProvider {

        private final AllowedHostsValidator hosts = new AllowedHostsValidator("localhost");

        private final String base;

        private String token;

        EmulatorTokenProvider(String base) {
            this.base = base;
        }

        @Override
        public synchronized String getAuthorizationToken(URI uri, Map<String, Object> context) {
            if (token == null) {
                token = fetch();
            }
            return token;
        }

        @Override
        public AllowedHostsValidator getAllowedHostsValidator() {
            return hosts;
        }

        private String fetch() {
            HttpRequest request = HttpRequest
                .newBuilder(URI.create(base + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=sdk-app"
                        + "&client_secret=sdk-secret&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
                .build();
            try {
                String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
                return JsonMapper.builder().build().readTree(body).get("access_token").asString();
            }
            catch (Exception ex) {
                throw new IllegalStateException("Cannot get a token from the emulator", ex);
            }
        }

    }

}
