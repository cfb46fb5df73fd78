package dev.b2cemulator.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Graph calls as clients make them: JSON body, bearer token. */
public final class GraphCalls {

    public static final String KEYSETS = "/beta/trustFramework/keySets";

    private GraphCalls() {
    }

    /** POST /beta/trustFramework/keySets; no Authorization header when the token is null. */
    public static RestTestClient.ResponseSpec createKeySet(RestTestClient client, String token, String body) {
        var request = client.post().uri(KEYSETS).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.body(body).exchange();
    }

}
