package dev.b2cemulator.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.b2cemulator.security.SecuritySliceConfiguration;
import dev.b2cemulator.store.TenantStore;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The policies controller's HTTP mapping with the real security chain and error
 * rendering, the service mocked: bodies reach it decoded whatever their Content-Type,
 * documents come back as {@code application/xml}, and the wrong verbs and permissions
 * never reach it.
 */
@WebMvcTest(PolicyController.class)
@Import(SecuritySliceConfiguration.class)
class PolicyControllerTests {

    private static final String TENANT = "33333333-3333-3333-3333-333333333333";

    private static final String WRITE = "Policy.ReadWrite.TrustFramework";

    private static final String DOCUMENT = "<TrustFrameworkPolicy PolicyId=\"B2C_1A_Base\"/>";

    private static final Policy BASE = new Policy("B2C_1A_Base", null, DOCUMENT);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PolicyService service;

    @Test
    void putOfANewPolicyAnswers201WithLocationAndTheDocumentAsXml() throws Exception {
        given(service.upload(eq(TENANT), eq("B2C_1A_Base"), any(), eq(true)))
            .willReturn(new PolicyService.Upload(BASE, true));

        mvc.perform(put("/beta/trustFramework/policies/B2C_1A_Base/$value").with(token(WRITE))
            .contentType("text/plain")
            .content(DOCUMENT))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/trustFramework/policies/B2C_1A_Base/"))
            .andExpect(content().contentType("application/xml;charset=utf-8"))
            .andExpect(content().string(DOCUMENT));
        verify(service).upload(TENANT, "B2C_1A_Base", new PolicyText.Decoded(DOCUMENT, DOCUMENT.length()), true);
    }

    @Test
    void aReplacedPolicyIs200WithoutLocation() throws Exception {
        given(service.upload(eq(TENANT), eq("B2C_1A_Base"), any(), eq(true)))
            .willReturn(new PolicyService.Upload(BASE, false));

        mvc.perform(put("/beta/trustFramework/policies/B2C_1A_Base/$value").with(token(WRITE)).content(DOCUMENT))
            .andExpect(status().isOk())
            .andExpect(header().doesNotExist("Location"))
            .andExpect(content().string(DOCUMENT));
    }

    @Test
    void aUtf16BodyWithItsByteOrderMarkReachesTheServiceAsText() throws Exception {
        given(service.upload(eq(TENANT), eq("B2C_1A_Base"), any(), eq(true)))
            .willReturn(new PolicyService.Upload(BASE, true));
        byte[] utf16 = DOCUMENT.getBytes(StandardCharsets.UTF_16);

        mvc.perform(put("/beta/trustFramework/policies/B2C_1A_Base/$value").with(token(WRITE))
            .contentType("application/octet-stream")
            .content(utf16)).andExpect(status().isCreated());
        verify(service).upload(TENANT, "B2C_1A_Base", new PolicyText.Decoded(DOCUMENT, utf16.length - 2), true);
    }

    @Test
    void listCountsOnlyWhenAskedAndGetAnswersTheIdInGraphShape() throws Exception {
        given(service.list(TENANT)).willReturn(new TenantStore.Page<>(List.of(BASE), -1, 1));
        given(service.get(TENANT, "b2c_1a_base")).willReturn(BASE);

        mvc.perform(get("/beta/trustFramework/policies").with(token("Policy.Read.All")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$['@odata.context']").value("http://localhost/beta/$metadata#trustFramework/policies"))
            .andExpect(jsonPath("$['@odata.count']").doesNotExist())
            .andExpect(jsonPath("$.value[0].id").value("B2C_1A_Base"));
        mvc.perform(get("/beta/trustFramework/policies?$count=true").with(token("Policy.Read.All")))
            .andExpect(jsonPath("$['@odata.count']").value(1));
        mvc.perform(get("/beta/trustFramework/policies?$count=maybe").with(token("Policy.Read.All")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.message").value("Invalid value 'maybe' for $count: use true or false."));
        mvc.perform(get("/beta/trustFramework/policies/b2c_1a_base").with(token("Policy.Read.All")))
            .andExpect(jsonPath("$['@odata.context']")
                .value("http://localhost/beta/$metadata#trustFramework/policies/$entity"))
            .andExpect(jsonPath("$.id").value("B2C_1A_Base"));
        mvc.perform(get("/beta/trustFramework/policies/b2c_1a_base/$value").with(token("Policy.Read.All")))
            .andExpect(content().contentType("application/xml;charset=utf-8"))
            .andExpect(content().string(DOCUMENT));
    }

    @Test
    void deleteAnswers204() throws Exception {
        mvc.perform(delete("/beta/trustFramework/policies/B2C_1A_Base").with(token(WRITE)))
            .andExpect(status().isNoContent());
        verify(service).delete(TENANT, "B2C_1A_Base");
    }

    @Test
    void theWrongVerbsNeverReachTheService() throws Exception {
        mvc.perform(put("/beta/trustFramework/policies/B2C_1A_Base").with(token(WRITE)).content(DOCUMENT))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error.code").value("AADB2C99009"));
        mvc.perform(patch("/beta/trustFramework/policies/B2C_1A_Base").with(token(WRITE)).content(DOCUMENT))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(jsonPath("$.error.message").value(containsString("$value")));
        verifyNoInteractions(service);
    }

    @Test
    void readPermissionAndKeySetPermissionsCannotUpload() throws Exception {
        for (String permission : List.of("Policy.Read.All", "TrustFrameworkKeySet.ReadWrite.All")) {
            mvc.perform(
                    put("/beta/trustFramework/policies/B2C_1A_Base/$value").with(token(permission)).content(DOCUMENT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error.code").value("Authorization_RequestDenied"));
        }
        mvc.perform(get("/beta/trustFramework/policies").with(token("TrustFrameworkKeySet.ReadWrite.All")))
            .andExpect(status().isForbidden());
        verifyNoInteractions(service);
    }

    @Test
    void noTokenIs401() throws Exception {
        mvc.perform(get("/beta/trustFramework/policies"))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.error.code").value("InvalidAuthenticationToken"));
        verifyNoInteractions(service);
    }

    private static RequestPostProcessor token(String permission) {
        return jwt().jwt(jwt -> jwt.claim("tid", TENANT)).authorities(new SimpleGrantedAuthority(permission));
    }

}
