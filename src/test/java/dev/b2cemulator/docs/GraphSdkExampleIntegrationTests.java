package dev.b2cemulator.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.google.gson.JsonParser;
import com.microsoft.graph.beta.models.TrustFrameworkKey;
import com.microsoft.graph.beta.models.TrustFrameworkKeySet;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.beta.trustframework.keysets.item.generatekey.GenerateKeyPostRequestBody;
import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.support.EmulatorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Graph SDK example of docs/TESTING.md, as it stands there (the part between the
 * tags); {@code DocsSnippetsTests} keeps the two the same.
 */
@EmulatorIntegrationTest
class GraphSdkExampleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient client;

    /**
     * The example's tenant is contoso, which other tests of the same emulator use too.
     */
    @BeforeEach
    void emptyContoso() {
        client.post().uri("/_emulator/reset?tenant=contoso.onmicrosoft.com").exchange().expectStatus().isNoContent();
    }

    @Test
    void theDocumentedSdkExampleCreatesAKeySetAndGeneratesAKey() {
        // tag::graph-sdk[]
        // Where the emulator listens: port 8080 unless SERVER_PORT says otherwise.
        String emulator = "http://localhost:" + port;
        AccessTokenProvider emulatorTokens = new AccessTokenProvider() {

            private final AllowedHostsValidator hosts = new AllowedHostsValidator("localhost");

            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                HttpRequest request = HttpRequest
                    .newBuilder(URI.create(emulator + "/contoso.onmicrosoft.com/oauth2/v2.0/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=my-app"
                            + "&client_secret=any-secret&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
                    .build();
                try {
                    String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
                    return JsonParser.parseString(body).getAsJsonObject().get("access_token").getAsString();
                }
                catch (IOException | InterruptedException ex) {
                    throw new IllegalStateException("No token from the emulator", ex);
                }
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return hosts;
            }

        };
        GraphServiceClient graph = new GraphServiceClient(new BaseGraphRequestAdapter(
                new BaseBearerTokenAuthenticationProvider(emulatorTokens), emulator + "/beta"));

        TrustFrameworkKeySet keySet = new TrustFrameworkKeySet();
        keySet.setId("TokenSigningKeyContainer");
        String id = graph.trustFramework().keySets().post(keySet).getId(); // B2C_1A_TokenSigningKeyContainer
        GenerateKeyPostRequestBody generate = new GenerateKeyPostRequestBody();
        generate.setUse("sig");
        generate.setKty("RSA");
        TrustFrameworkKey key = graph.trustFramework()
            .keySets()
            .byTrustFrameworkKeySetId(id)
            .generateKey()
            .post(generate);
        // end::graph-sdk[]

        assertThat(id).isEqualTo("B2C_1A_TokenSigningKeyContainer");
        assertThat(key.getKty()).isEqualTo("RSA");
        assertThat(key.getD()).isNull();
        assertThat(graph.trustFramework().keySets().byTrustFrameworkKeySetId(id).getActiveKey().get().getKid())
            .isEqualTo(key.getKid());
    }

}
