package dev.b2cemulator.sdk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.microsoft.graph.beta.models.TrustFrameworkKeySet;
import com.microsoft.graph.beta.models.TrustFrameworkPolicy;
import com.microsoft.graph.beta.models.odataerrors.ODataError;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.beta.trustframework.policies.item.TrustFrameworkPolicyItemRequestBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.GraphSdk;
import dev.b2cemulator.support.TestPolicies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official Graph beta SDK for Java deploying custom policies as SDK users do: the
 * keyset first, then {@code content().put(stream)} for the base and the child, read back
 * byte for byte, listed, counted and deleted; a policy whose key is missing is an
 * {@link ODataError} in B2C's words.
 */
@EmulatorIntegrationTest
class GraphSdkPolicyIntegrationTests {

    /** The tenant of the SDK's token ({@link GraphSdk} asks for it at contoso). */
    private static final String TENANT = "contoso.onmicrosoft.com";

    private static final String BASE = "B2C_1A_SdkBase";

    private static final String CHILD = "B2C_1A_SdkSignUpSignIn";

    @LocalServerPort
    int port;

    GraphServiceClient graph;

    @BeforeEach
    void sdkPointedAtTheEmulator() {
        graph = GraphSdk.client(port);
        for (String id : new String[] { CHILD, BASE }) {
            try {
                policy(id).delete();
            }
            catch (ODataError ex) {
                // not there yet: a fresh emulator
            }
        }
    }

    @Test
    void uploadReadBackListAndDelete() throws IOException {
        String keySet = graph.trustFramework().keySets().post(keySet("SdkSigningKey")).getId();
        String base = TestPolicies.policy(TENANT, BASE, null, keySet);
        String child = TestPolicies.policy(TENANT, CHILD, BASE);

        assertThat(text(policy(BASE).content().put(stream(base)))).isEqualTo(base);
        assertThat(text(policy(CHILD).content().put(stream(child)))).isEqualTo(child);
        assertThat(text(policy(CHILD).content().put(stream(child)))).as("replaced").isEqualTo(child);

        assertThat(policy(BASE).get().getId()).isEqualTo(BASE);
        assertThat(text(policy(CHILD).content().get())).isEqualTo(child);
        assertThat(graph.trustFramework().policies().get().getValue()).extracting(TrustFrameworkPolicy::getId)
            .containsSubsequence(BASE, CHILD);
        assertThat(graph.trustFramework().policies().count().get()).isGreaterThanOrEqualTo(2);

        policy(CHILD).delete();
        assertODataError(() -> policy(CHILD).get(), "AADB2C90073", "cannot be found");
        assertThat(text(policy(BASE).content().get())).isEqualTo(base);
    }

    @Test
    void aPolicyWhoseKeySetIsMissingIsRefusedNamingTheKey() {
        String orphan = TestPolicies.policy(TENANT, BASE, null, "B2C_1A_SdkNoSuchKey");

        assertODataError(() -> policy(BASE).content().put(stream(orphan)), "AADB2C",
                "does not have CryptographicKey referenced by storageReferenceId \"B2C_1A_SdkNoSuchKey\"");
        assertODataError(() -> policy(BASE).get(), "AADB2C90073", "cannot be found");
    }

    private TrustFrameworkPolicyItemRequestBuilder policy(String id) {
        return graph.trustFramework().policies().byTrustFrameworkPolicyId(id);
    }

    private static TrustFrameworkKeySet keySet(String name) {
        TrustFrameworkKeySet keySet = new TrustFrameworkKeySet();
        keySet.setId(name + "-" + System.nanoTime());
        return keySet;
    }

    private static InputStream stream(String document) {
        return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(InputStream stream) throws IOException {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertODataError(Runnable call, String code, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ODataError.class, error -> {
            assertThat(error.getResponseStatusCode()).isEqualTo(400);
            assertThat(error.getError().getCode()).isEqualTo(code);
            assertThat(error.getError().getMessage()).contains(messagePart);
        });
    }

}
