package dev.b2cemulator.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same token, or the same refusal, as Spring Security's resolver for every header.
 */
class GraphBearerTokensTests {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_~+/";

    private final BearerTokenResolver ours = new GraphBearerTokens();

    private final BearerTokenResolver springs = new DefaultBearerTokenResolver();

    @Test
    void everyCodePointInThePrefixAndTheToken() {
        String header = "Bearer " + TOKEN + "==";
        for (int position = 0; position < header.length(); position += (position < 8 ? 1 : 17)) {
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                String changed = header.substring(0, position) + c + header.substring(position + 1);
                assertSameAnswer(changed, "GET");
            }
        }
    }

    @Test
    void ordinaryHostileAndRandomHeaders() {
        List<String> headers = new ArrayList<>(List.of("Bearer " + TOKEN, "bearer " + TOKEN, "BEARER " + TOKEN,
                "Bearer  " + TOKEN, "Bearer", "Bearer ", "Bearer =", "Bearer a=b", "Bearer a==",
                "Bearer " + TOKEN + " ", " Bearer " + TOKEN, "BearerX", "Bearer\t" + TOKEN, "Basic dXNlcjpwYXNz",
                "Token " + TOKEN, "", "Bearer " + TOKEN + "\n", "Bearer é", "Bearer ＡＢＣ", "Bearer a,b"));
        Random random = new Random(7);
        String alphabet = "Bb eEaArR=-._~+/xyz09\t,;\"é\u0130\u017f\u212a";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                assertSameAnswer(header, method);
            }
        }
        assertSameAnswer(null, "GET");
    }

    @Test
    void aTokenParameterStaysIgnoredAsSpringsDefaultsIgnoreIt() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/beta/trustFramework/keySets");
        request.addHeader("Authorization", "Bearer " + TOKEN);
        request.addParameter("access_token", "other");
        assertThat(this.ours.resolve(request)).isEqualTo(TOKEN).isEqualTo(this.springs.resolve(request));
    }

    private void assertSameAnswer(String header, String method) {
        assertThat(answer(this.ours, header, method)).as("%s with Authorization: %s", method, header)
            .isEqualTo(answer(this.springs, header, method));
    }

    private static String answer(BearerTokenResolver resolver, String header, String method) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/beta/trustFramework/keySets");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            return "token " + resolver.resolve(request);
        }
        catch (OAuth2AuthenticationException ex) {
            return "refused " + ex.getError().getErrorCode() + " " + ex.getError().getDescription();
        }
    }

}
