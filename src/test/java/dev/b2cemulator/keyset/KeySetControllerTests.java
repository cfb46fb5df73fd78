package dev.b2cemulator.keyset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.b2cemulator.error.B2cErrors;
import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.security.SecuritySliceConfiguration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller's HTTP mapping, with the real security chain and error rendering, the
 * service mocked.
 */
@WebMvcTest(KeySetController.class)
@Import({ SecuritySliceConfiguration.class, UntypedJsonBody.class })
class KeySetControllerTests {

    private static final String TENANT = "22222222-2222-2222-2222-222222222222";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KeySetService service;

    @Test
    void createAnswers201WithLocationAndTheKeySetInGraphShape() throws Exception {
        TrustFrameworkKey key = new TrustFrameworkKey("kid1", "sig", "oct", null, null, null, null, 10L, 20L,
                KeyStatus.ENABLED, null);
        given(service.create(eq(TENANT), any())).willReturn(new KeySet("B2C_1A_ks", List.of(key)));

        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"ks\"}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/trustFramework/keySets('B2C_1A_ks')"))
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$['@odata.context']")
                .value("http://localhost/beta/$metadata#trustFramework/keySets/$entity"))
            .andExpect(jsonPath("$.keys[0].kid").value("kid1"))
            .andExpect(jsonPath("$.keys[0].status").value("enabled"))
            .andExpect(jsonPath("$.keys[0].x5c").isEmpty())
            .andExpect(jsonPath("$.keys[0].k").value((Object) null));
        verify(service).create(eq(TENANT), eq(new CreateKeySetRequest("ks", null, null)));
    }

    @Test
    void serviceErrorsAreRenderedAsGraphErrors() throws Exception {
        given(service.create(eq(TENANT), any())).willThrow(B2cErrors.keySetExists("B2C_1A_ks"));

        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"ks\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.error.code").value("AADB2C95028"))
            .andExpect(jsonPath("$.error.innerError.correlationId").isNotEmpty());
    }

    @Test
    void readPermissionCannotCreate() throws Exception {
        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.Read.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"ks\"}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.error.code").value("Authorization_RequestDenied"));
        verifyNoInteractions(service);
    }

    @Test
    void noTokenIs401() throws Exception {
        mvc.perform(post("/beta/trustFramework/keySets").contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error.code").value("InvalidAuthenticationToken"));
        verifyNoInteractions(service);
    }

    @Test
    void malformedJsonNeverReachesTheService() throws Exception {
        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.code").value("BadRequest"));
        verifyNoInteractions(service);
    }

    @Test
    void getRoutesAnswerHeadAndOptionsListsTheMethodsAsAnnotatedControllersDo() throws Exception {
        given(service.get(TENANT, "B2C_1A_ks")).willReturn(new KeySet("B2C_1A_ks", List.of()));

        mvc.perform(head("/beta/trustFramework/keySets/B2C_1A_ks").with(token("TrustFrameworkKeySet.Read.All")))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON));
        mvc.perform(options("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isOk())
            .andExpect(header().string("Allow", "GET,HEAD,POST,OPTIONS"))
            .andExpect(content().string(""));
        mvc.perform(options("/beta/trustFramework/keySets/B2C_1A_ks").with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isOk())
            .andExpect(header().string("Allow", "GET,HEAD,DELETE,PUT,PATCH,OPTIONS"));
    }

    @Test
    void anotherMethodIs405NamingTheAllowedOnes() throws Exception {
        mvc.perform(delete("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(header().string("Allow", "GET, POST"))
            .andExpect(jsonPath("$.error.code").value("MethodNotAllowed"))
            .andExpect(jsonPath("$.error.message")
                .value("The 'DELETE' method is not allowed on this resource. Allowed: [GET, POST]."));
        mvc.perform(post("/beta/trustFramework/keySets/$count").with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(header().string("Allow", "GET, DELETE, PUT, PATCH"));
        verifyNoInteractions(service);
    }

    @Test
    void theAnswerTakesTheMostSpecificJsonTypeTheCallerAccepts() throws Exception {
        given(service.get(TENANT, "B2C_1A_ks")).willReturn(new KeySet("B2C_1A_ks", List.of()));

        mvc.perform(get("/beta/trustFramework/keySets/B2C_1A_ks").with(token("TrustFrameworkKeySet.Read.All"))
            .header("Accept", "application/json;odata.metadata=minimal"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/json;odata.metadata=minimal"));
        mvc.perform(get("/beta/trustFramework/keySets/B2C_1A_ks").with(token("TrustFrameworkKeySet.Read.All"))
            .header("Accept", "text/html, */*;q=0.8"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/json"));
        given(service.create(eq(TENANT), any())).willReturn(new KeySet("B2C_1A_ks", List.of()));
        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"id\":\"ks\"}")
            .header("Accept", "application/xml"))
            .andExpect(status().isNotAcceptable())
            .andExpect(header().doesNotExist("Location"));
        mvc.perform(get("/beta/trustFramework/keySets/B2C_1A_ks").with(token("TrustFrameworkKeySet.Read.All"))
            .header("Accept", "application/xml"))
            .andExpect(status().isNotAcceptable())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.error.code").value("NotAcceptable"));
    }

    @Test
    void queryOptionsAndBodiesAreReadAsRequestParamAndRequestBodyReadThem() throws Exception {
        mvc.perform(get("/beta/trustFramework/keySets?$top=1&$top=2").with(token("TrustFrameworkKeySet.Read.All")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.message").value(containsString("'1,2'")));
        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.message").value(startsWith("The request body is missing")));
        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .header("Content-Type", "x/y;;=")
            .content("{\"id\":\"ks\"}"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(jsonPath("$.error.code").value("UnsupportedMediaType"));
        verifyNoInteractions(service);
    }

    @Test
    void aBodyWithoutContentTypeIsReadAsJsonAndAnEmptyOneIsMissing() throws Exception {
        given(service.create(eq(TENANT), any())).willReturn(new KeySet("B2C_1A_ks", List.of()));

        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .content("{'id':'ks',}")).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value("B2C_1A_ks"));
        verify(service).create(eq(TENANT), eq(new CreateKeySetRequest("ks", null, null)));
        mvc.perform(post("/beta/trustFramework/keySets").with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.message").value(startsWith("The request body is missing")));
        mvc.perform(patch("/beta/trustFramework/keySets/B2C_1A_ks").with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .content("{\"keys\":"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.message").value(startsWith("The request body is not valid JSON")));
    }

    private static RequestPostProcessor token(String permission) {
        return jwt().jwt(jwt -> jwt.claim("tid", TENANT)).authorities(new SimpleGrantedAuthority(permission));
    }

}
