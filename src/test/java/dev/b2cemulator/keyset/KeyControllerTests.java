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

import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.security.SecuritySliceConfiguration;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The key actions' HTTP mapping: every spelling, the answer's shape, and which permission
 * each needs.
 */
@WebMvcTest(KeyController.class)
@Import(SecuritySliceConfiguration.class)
class KeyControllerTests {

    private static final String TENANT = "33333333-3333-3333-3333-333333333333";

    private static final TrustFrameworkKey KEY = new TrustFrameworkKey("kid1", "sig", "oct", null, null, null, null,
            null, null, KeyStatus.ENABLED, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KeyService keys;

    @Test
    void generateKeyUnderItsNamespacedNameAnswersTheFlatKey() throws Exception {
        given(keys.generateKey(eq(TENANT), eq("B2C_1A_x"), any())).willReturn(KEY);

        mvc.perform(post("/beta/trustFramework/keySets('B2C_1A_x')/microsoft.graph.generateKey")
            .with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"use\":\"sig\",\"kty\":\"oct\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$['@odata.context']")
                .value("http://localhost/beta/$metadata#microsoft.graph.trustFrameworkKey"))
            .andExpect(jsonPath("$.kid").value("kid1"))
            .andExpect(jsonPath("$.k").value((Object) null));
        verify(keys).generateKey(eq(TENANT), eq("B2C_1A_x"), eq(new KeyRequests.GenerateKey("sig", "oct", null, null)));
    }

    @Test
    void getActiveKeyIsAReadAndAFunction() throws Exception {
        given(keys.activeKey(TENANT, "B2C_1A_x")).willReturn(KEY);

        mvc.perform(get("/beta/trustFramework/keySets/B2C_1A_x/getActiveKey()")
            .with(token("TrustFrameworkKeySet.Read.All")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.kid").value("kid1"));
        mvc.perform(post("/beta/trustFramework/keySets/B2C_1A_x/getActiveKey")
            .with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(jsonPath("$.error.code").value("MethodNotAllowed"));
    }

    @Test
    void changingAKeyStatusNeedsReadWrite() throws Exception {
        mvc.perform(
                patch("/beta/trustFramework/keySets/B2C_1A_x/keys_v2/kid1").with(token("TrustFrameworkKeySet.Read.All"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"status\":\"disabled\"}"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(keys);

        mvc.perform(patch("/beta/trustFramework/keySets/B2C_1A_x/keys_v2/kid1")
            .with(token("TrustFrameworkKeySet.ReadWrite.All"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"disabled\"}")).andExpect(status().isNoContent());
        verify(keys).setStatus(TENANT, "B2C_1A_x", "kid1", new KeyRequests.KeyStatusUpdate("disabled"));
    }

    @Test
    void keysV2ListsTheSetsKeysWithTheStoredId() throws Exception {
        given(keys.keySet(TENANT, "b2c_1a_x")).willReturn(new KeySet("B2C_1A_X", List.of(KEY)));

        mvc.perform(get("/beta/trustFramework/keySets/b2c_1a_x/keys_v2").with(token("TrustFrameworkKeySet.Read.All")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$['@odata.context']")
                .value("http://localhost/beta/$metadata#trustFramework/keySets('B2C_1A_X')/keys_v2"))
            .andExpect(jsonPath("$.value[0].kid").value("kid1"));
    }

    private static RequestPostProcessor token(String permission) {
        return jwt().jwt(jwt -> jwt.claim("tid", TENANT)).authorities(new SimpleGrantedAuthority(permission));
    }

}
