package dev.b2cemulator.hostnames;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.b2cemulator.admin.RequestJournal;
import dev.b2cemulator.support.EmulatorHttps;
import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.GraphSdk;
import dev.b2cemulator.support.LoopbackTransport;
import dev.b2cemulator.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unchanged Microsoft clients against the real host names: azure-identity's
 * {@link ClientSecretCredential} with its default authority host (instance discovery on),
 * and the Graph beta SDK with its default base URL and allowed hosts, reach the emulator
 * as login.microsoftonline.com and graph.microsoft.com, trusting nothing but the CA from
 * {@code /_emulator/ca.pem}. The test fails if any request tries to leave for another
 * address.
 */
@EmulatorIntegrationTest
@TestPropertySource(properties = { "emulator.tls.enabled=true", "emulator.tls.port=0",
        "emulator.tls.hostnames=graph.microsoft.com,login.microsoftonline.com" })
class UnchangedClientsIntegrationTests {

    private static final String TENANT = "unchanged.onmicrosoft.com";

    @Autowired
    RestTestClient client;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    RequestJournal journal;

    LoopbackTransport transport;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("emulator-hostnames").toString();
        registry.add("emulator.data-dir", () -> dir);
    }

    @BeforeEach
    void hostNamesMappedAndTheCaTrusted() throws Exception {
        int httpsPort = EmulatorHttps.port(context);
        String ca = EmulatorHttps.caPemText(client);
        transport = new LoopbackTransport(Set.of("graph.microsoft.com", "login.microsoftonline.com"), httpsPort, ca);
        journal.clear();
    }

    @Test
    void azureIdentityAndTheGraphSdkWithTheirDefaults() throws Exception {
        // tag::unchanged-clients[]
        ClientSecretCredential credential = new ClientSecretCredentialBuilder().tenantId(TENANT)
            .clientId("deployment-pipeline")
            .clientSecret("pipeline-secret")
            .httpClient(new OkHttpAsyncHttpClientBuilder(transport.applyTo(new OkHttpClient.Builder()).build()).build())
            .build();
        // what new GraphServiceClient(credential, scopes) builds, on this transport
        GraphServiceClient graph = new GraphServiceClient(
                new AzureIdentityAuthenticationProvider(credential, new String[0],
                        "https://graph.microsoft.com/.default"),
                transport.applyTo(GraphClientFactory.create()).build());
        // end::unchanged-clients[]
        assertThat(graph.getRequestAdapter().getBaseUrl()).isEqualTo("https://graph.microsoft.com/beta");

        GraphSdk.GeneratedKey generated = GraphSdk.keySetWithGeneratedKey(graph, "UnchangedSigning");
        String id = generated.keySetId();
        assertThat(GraphSdk.activeKid(graph, id)).isEqualTo(generated.key().getKid());
        String policy = TestPolicies.policy(TENANT, "B2C_1A_UnchangedBase", null, id);
        graph.trustFramework()
            .policies()
            .byTrustFrameworkPolicyId("B2C_1A_UnchangedBase")
            .content()
            .put(new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8)));

        assertThat(transport.refused()).as("requests that tried to leave the machine").isEmpty();
        List<String> calls = journal.find(null, null, null)
            .stream()
            .map(call -> call.method() + " " + call.host() + call.path() + " " + call.status())
            .toList();
        System.out.println("UNCHANGED CLIENTS journal (newest first):\n  " + String.join("\n  ", calls));
        assertThat(calls).contains("GET login.microsoftonline.com/common/discovery/instance 200",
                "POST login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token 200",
                "POST graph.microsoft.com/beta/trustFramework/keySets 201",
                "PUT graph.microsoft.com/beta/trustFramework/policies/B2C_1A_UnchangedBase/$value 201");
    }

}
