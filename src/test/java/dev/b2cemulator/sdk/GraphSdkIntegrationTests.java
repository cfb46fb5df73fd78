package dev.b2cemulator.sdk;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import com.microsoft.graph.beta.models.TrustFrameworkKey;
import com.microsoft.graph.beta.models.TrustFrameworkKeySet;
import com.microsoft.graph.beta.models.TrustFrameworkKeyStatus;
import com.microsoft.graph.beta.models.odataerrors.ODataError;
import com.microsoft.graph.beta.serviceclient.GraphServiceClient;
import com.microsoft.graph.beta.trustframework.keysets.KeySetsRequestBuilder;
import com.microsoft.graph.beta.trustframework.keysets.item.TrustFrameworkKeySetItemRequestBuilder;
import com.microsoft.graph.beta.trustframework.keysets.item.generatekey.GenerateKeyPostRequestBody;
import com.microsoft.graph.beta.trustframework.keysets.item.uploadcertificate.UploadCertificatePostRequestBody;
import com.microsoft.graph.beta.trustframework.keysets.item.uploadpkcs12.UploadPkcs12PostRequestBody;
import com.microsoft.graph.beta.trustframework.keysets.item.uploadsecret.UploadSecretPostRequestBody;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.b2cemulator.support.EmulatorIntegrationTest;
import dev.b2cemulator.support.GraphSdk;
import dev.b2cemulator.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official Microsoft Graph beta SDK for Java (Kiota), pointed at the running
 * emulator, calling every keySets operation the way SDK users do, with tokens from the
 * emulator's token endpoint. Errors must surface as {@link ODataError} with our status
 * and code.
 */
@EmulatorIntegrationTest
class GraphSdkIntegrationTests {

    private static final RSAKey CERT_KEY = TestKeys.rsa("sdk-certificate");

    @LocalServerPort
    int port;

    GraphServiceClient graph;

    @BeforeEach
    void sdkPointedAtTheEmulator() {
        graph = GraphSdk.client(port);
    }

    @Test
    void createListGetPatchDelete() {
        TrustFrameworkKeySet created = keySets().post(keySet("sdk-crud"));
        String id = created.getId();
        assertThat(id).startsWith("B2C_1A_sdk-crud-");
        assertThat(created.getKeys()).isEmpty();
        assertODataError(() -> keySets().post(keySetWithId(id)), 400, "AADB2C95028");

        assertThat(keySets().get().getValue()).extracting(TrustFrameworkKeySet::getId).contains(id);
        assertThat(keySets().get(request -> request.queryParameters.top = 1).getValue()).hasSize(1);
        assertThat(keySets().count().get()).isPositive();
        assertODataError(() -> keySets().get(request -> request.queryParameters.top = 5000), 400, "BadRequest");

        assertThat(item(id).get().getId()).isEqualTo(id);
        assertODataError(() -> item("B2C_1A_nothing-here").get(), 400, "AADB2C90073");

        TrustFrameworkKeySet patched = item(id).patch(replacementKeys(null));
        assertThat(patched.getKeys()).singleElement().satisfies(key -> {
            assertThat(key.getKty()).isEqualTo("oct");
            assertThat(key.getK()).isNull();
            assertThat(key.getStatus()).isEqualTo(TrustFrameworkKeyStatus.Enabled);
        });
        assertODataError(() -> item(id).patch(replacementKeys("given-kid")), 400, "AADB2C95059");

        item(id).delete();
        assertThat(item(id + ".bak").get().getKeys()).hasSize(1);
        assertODataError(() -> item(id).delete(), 400, "AADB2C90073");
    }

    /**
     * A new object per request: Kiota's backing store sends only what changed since the
     * last send.
     */
    private static TrustFrameworkKeySet replacementKeys(String kid) {
        TrustFrameworkKey secret = new TrustFrameworkKey();
        secret.setK("c2VjcmV0");
        secret.setKty("oct");
        secret.setUse("sig");
        secret.setKid(kid);
        TrustFrameworkKeySet replacement = new TrustFrameworkKeySet();
        replacement.setKeys(java.util.List.of(secret));
        return replacement;
    }

    @Test
    void generateKeyAndGetActiveKey() {
        String id = keySets().post(keySet("sdk-generate")).getId();
        assertODataError(() -> item(id).getActiveKey().get(), 400, "AADB2C90019");

        GenerateKeyPostRequestBody body = new GenerateKeyPostRequestBody();
        body.setUse("sig");
        body.setKty("RSA");
        body.setNbf(1_700_000_000L);
        body.setExp(4_132_148_146L);
        TrustFrameworkKey generated = item(id).generateKey().post(body);
        assertThat(generated.getKty()).isEqualTo("RSA");
        assertThat(generated.getN()).isNotBlank();
        assertThat(generated.getD()).isNull();
        assertThat(generated.getExp()).isEqualTo(4_132_148_146L);
        assertThat(item(id).getActiveKey().get().getKid()).isEqualTo(generated.getKid());

        body.setKty("EC");
        assertODataError(() -> item(id).generateKey().post(body), 400, "AADB2C95031");
    }

    @Test
    void uploadSecret() {
        String id = keySets().post(keySet("sdk-secret")).getId();
        UploadSecretPostRequestBody body = new UploadSecretPostRequestBody();
        body.setUse("sig");
        body.setK("app-secret-value");

        TrustFrameworkKey key = item(id).uploadSecret().post(body);

        assertThat(key.getKty()).isEqualTo("oct");
        assertThat(key.getK()).isNull();
        assertThat(key.getNbf()).isNull();
        body.setK(null);
        assertODataError(() -> item(id).uploadSecret().post(body), 400, "AADB2C90253");
    }

    @Test
    void uploadCertificateAndPkcs12() {
        Instant now = Instant.now();
        X509Certificate certificate = TestKeys.selfSigned(CERT_KEY, "sdk", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(90)));
        String certificateSet = keySets().post(keySet("sdk-certificate")).getId();
        UploadCertificatePostRequestBody certificateBody = new UploadCertificatePostRequestBody();
        certificateBody.setKey(TestKeys.base64Der(certificate));
        assertThat(item(certificateSet).uploadCertificate().post(certificateBody).getX5t())
            .isEqualTo(TestKeys.x5t(certificate));
        certificateBody.setKey("bm90IGEgY2VydA==");
        assertODataError(() -> item(certificateSet).uploadCertificate().post(certificateBody), 400, "AADB2C95026");

        String pfxSet = keySets().post(keySet("sdk-pfx")).getId();
        String pfx = TestKeys.pkcs12(CERT_KEY, certificate, "pfx-password", true);
        TrustFrameworkKey fromPfx = item(pfxSet).uploadPkcs12().post(pkcs12(pfx, "pfx-password"));
        assertThat(fromPfx.getX5c()).containsExactly(TestKeys.base64Der(certificate));
        assertThat(fromPfx.getD()).isNull();
        assertODataError(() -> item(pfxSet).uploadPkcs12().post(pkcs12(pfx, "wrong")), 400, "AADB2C90213");
    }

    private static UploadPkcs12PostRequestBody pkcs12(String pfx, String password) {
        UploadPkcs12PostRequestBody body = new UploadPkcs12PostRequestBody();
        body.setKey(pfx);
        body.setPassword(password);
        return body;
    }

    @Test
    void keysV2() {
        String id = keySets().post(keySet("sdk-keys-v2")).getId();
        UploadSecretPostRequestBody body = new UploadSecretPostRequestBody();
        body.setUse("enc");
        body.setK("s");
        String kid = item(id).uploadSecret().post(body).getKid();

        assertThat(item(id).keysV2().get().getValue()).singleElement()
            .satisfies(key -> assertThat(key.getKid()).isEqualTo(kid));
        assertThat(item(id).keysV2().byTrustFrameworkKey_v2Kid(kid).get().getStatus())
            .isEqualTo(TrustFrameworkKeyStatus.Enabled);
        assertThat(item(id).keysV2().count().get()).isEqualTo(1);
        assertODataError(() -> item(id).keysV2().byTrustFrameworkKey_v2Kid("missing").get(), 400, "AADB2C90073");
    }

    private KeySetsRequestBuilder keySets() {
        return graph.trustFramework().keySets();
    }

    private TrustFrameworkKeySetItemRequestBuilder item(String id) {
        return keySets().byTrustFrameworkKeySetId(id);
    }

    private static TrustFrameworkKeySet keySet(String name) {
        return keySetWithId(name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static TrustFrameworkKeySet keySetWithId(String id) {
        TrustFrameworkKeySet keySet = new TrustFrameworkKeySet();
        keySet.setId(id);
        return keySet;
    }

    private static void assertODataError(Supplier<?> call, int status, String code) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(ODataError.class, error -> {
            assertThat(error.getResponseStatusCode()).isEqualTo(status);
            assertThat(error.getError().getCode()).isEqualTo(code);
            assertThat(error.getError().getMessage()).isNotBlank();
        });
    }

    private static void assertODataError(Runnable call, int status, String code) {
        assertODataError(() -> {
            call.run();
            return null;
        }, status, code);
    }

}
