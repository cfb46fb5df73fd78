package dev.b2cemulator.jwk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.support.JwkInputs;
import dev.b2cemulator.support.TestKeys;

import static dev.b2cemulator.support.JwkInputs.oct;
import static dev.b2cemulator.support.JwkInputs.rsaPrivate;
import static dev.b2cemulator.support.JwkInputs.rsaPublic;
import static dev.b2cemulator.support.JwkInputs.withCertificate;
import static dev.b2cemulator.support.JwkInputs.withKid;
import static dev.b2cemulator.support.JwkInputs.withKty;
import static dev.b2cemulator.support.JwkInputs.withLifetime;
import static dev.b2cemulator.support.JwkInputs.withPrivateExponent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwkValidatorTests {

    private final JwkValidator validator = new JwkValidator();

    private final RSAKey rsa = TestKeys.rsa("validator");

    @Test
    void rsaPublicKeyGetsTheRfc7638ThumbprintAsKid() throws Exception {
        TrustFrameworkKey key = validator.validate(rsaPublic(rsa, "sig"));

        String canonical = "{\"e\":\"" + rsa.getPublicExponent() + "\",\"kty\":\"RSA\",\"n\":\"" + rsa.getModulus()
                + "\"}";
        String expected = Base64URL
            .encode(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)))
            .toString();
        assertThat(key.kid()).isEqualTo(expected);
        assertThat(key.kty()).isEqualTo("RSA");
        assertThat(key.status()).isEqualTo(KeyStatus.ENABLED);
        assertThat(key.secret().isEmpty()).isTrue();
    }

    @Test
    void rsaPrivateKeyIsKeptApartFromThePublicMembers() {
        TrustFrameworkKey key = validator.validate(rsaPrivate(rsa, "enc"));

        assertThat(key.secret().get("d")).isEqualTo(rsa.getPrivateExponent().toString());
        assertThat(key.secret().get("qi")).isEqualTo(rsa.getFirstCRTCoefficient().toString());
        assertThat(key.toString()).doesNotContain(rsa.getPrivateExponent().toString())
            .doesNotContain(rsa.getFirstPrimeFactor().toString());
        assertThat(key.use()).isEqualTo("enc");
    }

    @Test
    void rsaWhenPrivatePartsBelongToAnotherKeyThenInvalidKey() {
        RSAKey other = TestKeys.rsa("validator-other");
        var mixed = withPrivateExponent(rsaPublic(rsa, "sig"), other.getPrivateExponent().toString(), null);

        assertCode(mixed, "AADB2C95026", "the private exponent 'd' does not belong to the public key");
    }

    /**
     * With the CRT members a signature never uses d: each member is checked and the wrong
     * one named.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"',
            value = { "d|the private exponent 'd' does not belong", "p|'p' and 'q' are not the prime factors",
                    "q|'p' and 'q' are not the prime factors", "dp|'dp' is not d mod (p-1)",
                    "dq|'dq' is not d mod (q-1)", "qi|'qi' is not the inverse of q modulo p" })
    void rsaWhenOnePrivateMemberIsAnotherKeysThenInvalidKeyNamingIt(String member, String message) {
        RSAKey other = TestKeys.rsa("validator-other");
        var wrong = JwkInputs.withPrivateMember(rsaPrivate(rsa, "sig"), member, JwkInputs.rsaPrivate(other, "sig"));

        assertCode(wrong, "AADB2C95026", message);
    }

    @Test
    void rsaWhenCrtPartsAreIncompleteThenInvalidKey() {
        var partial = withPrivateExponent(rsaPublic(rsa, "sig"), rsa.getPrivateExponent().toString(),
                rsa.getFirstPrimeFactor().toString());

        assertThatThrownBy(() -> validator.validate(partial)).isInstanceOf(GraphException.class)
            .extracting("error.code")
            .isEqualTo("AADB2C95026");
    }

    @Test
    void rsaWhenPrivatePartsLackDThenInvalidKey() {
        var noD = withPrivateExponent(rsaPublic(rsa, "sig"), null, rsa.getFirstPrimeFactor().toString());

        assertCode(noD, "AADB2C95026", "'d'");
    }

    @Test
    void rsaWhenModulusIsUnder2048BitsThenInvalidKey() {
        assertCode(rsaPublic(TestKeys.rsa(1024), "sig"), "AADB2C95026", "1024 bits");
    }

    @Test
    void rsaWhenModulusMissingThenAadb2c95039() {
        var noModulus = new JsonWebKeyInput(null, "sig", "RSA", null, "AQAB", null, null, null, null, null, null, null,
                null, null, null, null, null, null);

        assertCode(noModulus, "AADB2C95039", "modulus");
    }

    @Test
    void rsaWhenModulusIsNotBase64UrlThenInvalidKey() {
        var bad = new JsonWebKeyInput(null, "sig", "RSA", "not base64!", "AQAB", null, null, null, null, null, null,
                null, null, null, null, null, null, null);

        assertCode(bad, "AADB2C95026", "'n' must be base64url");
    }

    @Test
    void ktyIsCaseInsensitiveOnInputAndCanonicalOnOutput() {
        assertThat(validator.validate(withKty(rsaPublic(rsa, "sig"), "rsa")).kty()).isEqualTo("RSA");
        assertThat(validator.validate(withKty(oct("c2VjcmV0", "sig"), "OCT")).kty()).isEqualTo("oct");
    }

    @Test
    void whenKtyIsUnknownThenAadb2c95031() {
        assertCode(withKty(rsaPublic(rsa, "sig"), "EC"), "AADB2C95031", "Bad kty parameter 'EC'");
    }

    @Test
    void whenKtyOrUseIsMissingThenAadb2c90253NamingIt() {
        assertCode(withKty(rsaPublic(rsa, "sig"), null), "AADB2C90253", "'kty'");
        assertCode(rsaPublic(rsa, null), "AADB2C90253", "'use'");
    }

    @Test
    void whenUseIsNotSigOrEncThenAadb2c95033() {
        assertCode(rsaPublic(rsa, "signing"), "AADB2C95033", "Must be 'sig' or 'enc'");
    }

    @Test
    void octNeedsBase64UrlK() {
        assertCode(oct(null, "sig"), "AADB2C90253", "'k'");
        assertCode(oct("has spaces and +/", "sig"), "AADB2C95029", "base64url");
    }

    @Test
    void octGetsARandom43CharacterKidAndKeepsKSecret() {
        TrustFrameworkKey first = validator.validate(oct("c2VjcmV0", "sig"));
        TrustFrameworkKey second = validator.validate(oct("c2VjcmV0", "sig"));

        assertThat(first.kid()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second.kid());
        assertThat(first.secret().get("k")).isEqualTo("c2VjcmV0");
        assertThat(first.n()).isNull();
    }

    @Test
    void givenKidIsKept() {
        assertThat(validator.validate(withKid(oct("c2VjcmV0", "sig"), "my-kid")).kid()).isEqualTo("my-kid");
    }

    @Test
    void whenExpIsNotAfterNbfThenInvalidKey() {
        assertCode(withLifetime(oct("c2VjcmV0", "sig"), 2000L, 2000L), "AADB2C95026", "'exp' (2000)");
        assertThat(validator.validate(withLifetime(oct("c2VjcmV0", "sig"), 1607626546L, 4132148146L)).exp())
            .isEqualTo(4132148146L);
    }

    @Test
    void certificateChainFillsX5tWithTheSha1Thumbprint() {
        X509Certificate certificate = certificateFor(rsa);
        var withChain = withCertificate(rsaPublic(rsa, "sig"), List.of(TestKeys.base64Der(certificate)), null);

        TrustFrameworkKey key = validator.validate(withChain);

        assertThat(key.x5t()).isEqualTo(TestKeys.x5t(certificate));
        assertThat(key.x5c()).containsExactly(TestKeys.base64Der(certificate));
    }

    @Test
    void whenCertificateHoldsAnotherKeyThenInvalidKey() {
        X509Certificate foreign = certificateFor(TestKeys.rsa("validator-other"));
        var mismatch = withCertificate(rsaPublic(rsa, "sig"), List.of(TestKeys.base64Der(foreign)), null);

        assertCode(mismatch, "AADB2C95026", "");
    }

    @Test
    void whenX5cIsNotACertificateThenInvalidKey() {
        var garbage = withCertificate(rsaPublic(rsa, "sig"), List.of("bm90IGEgY2VydGlmaWNhdGU="), null);

        assertCode(garbage, "AADB2C95026", "");
    }

    @Test
    void whenX5tDoesNotMatchTheCertificateThenInvalidKey() {
        X509Certificate certificate = certificateFor(rsa);
        String wrong = TestKeys.x5t(certificateFor(TestKeys.rsa("validator-other")));
        var mismatch = withCertificate(rsaPublic(rsa, "sig"), List.of(TestKeys.base64Der(certificate)), wrong);

        assertCode(mismatch, "AADB2C95026", "not the SHA-1 thumbprint");
    }

    @Test
    void odataTypeOnAKeyIsRefusedAsB2cDoes() {
        var typed = new JsonWebKeyInput(null, "sig", "oct", null, null, null, null, null, null, null, null, "c2VjcmV0",
                null, null, null, null, null, "#microsoft.graph.trustFrameworkKey");

        assertCode(typed, "AADB2C", "The 'keySet' field is invalid");
    }

    @Test
    void setRules() {
        TrustFrameworkKey rsaSig = validator.validate(rsaPublic(rsa, "sig"));
        TrustFrameworkKey otherRsaSig = validator.validate(rsaPublic(TestKeys.rsa("validator-other"), "sig"));
        TrustFrameworkKey octSig = validator.validate(oct("c2VjcmV0", "sig"));
        TrustFrameworkKey rsaEnc = validator.validate(rsaPublic(TestKeys.rsa("validator-other"), "enc"));

        validator.checkSet(List.of(rsaSig, otherRsaSig), 100);
        assertSetCode(List.of(rsaSig, octSig), 100, "AADB2C95032");
        assertSetCode(List.of(rsaSig, rsaEnc), 100, "AADB2C95042");
        assertSetCode(List.of(rsaSig, rsaSig), 100, "AADB2C95026");
        assertSetCode(List.of(rsaSig, otherRsaSig), 1, "AADB2C");
    }

    private void assertCode(JsonWebKeyInput input, String code, String messagePart) {
        assertThatThrownBy(() -> validator.validate(input)).isInstanceOfSatisfying(GraphException.class, ex -> {
            assertThat(ex.code()).isEqualTo(code);
            assertThat(ex.getMessage()).contains(messagePart);
        });
    }

    private void assertSetCode(List<TrustFrameworkKey> keys, int max, String code) {
        assertThatThrownBy(() -> validator.checkSet(keys, max)).isInstanceOf(GraphException.class)
            .extracting("error.code")
            .isEqualTo(code);
    }

    private static X509Certificate certificateFor(RSAKey key) {
        Instant now = Instant.now();
        return TestKeys.selfSigned(key, "test", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

}
