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
@Import(SecuritySliceConfiguration.class)
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

    private static RequestPostProcessor token(String permission) {
        return jwt().jwt(jwt -> jwt.claim("tid", TENANT)).authorities(new SimpleGrantedAuthority(permission));
    }

}
