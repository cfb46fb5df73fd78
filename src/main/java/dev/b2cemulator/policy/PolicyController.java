package dev.b2cemulator.policy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.b2cemulator.config.PublicBaseUrl;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.odata.QueryOptions;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * {@code /beta/trustFramework/policies}: maps HTTP to {@link PolicyService} and back.
 * Bodies are read as bytes whatever their Content-Type (or none), and decoded as the real
 * service decodes them ({@link PolicyText}).
 */
@RestController
@RequestMapping(PolicyController.POLICIES)
class PolicyController {

    static final String POLICIES = "/beta/trustFramework/policies";

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=utf-8");

    private final PolicyService policies;

    private final CurrentTenant tenant;

    private final PublicBaseUrl baseUrl;

    PolicyController(PolicyService policies, CurrentTenant tenant, PublicBaseUrl baseUrl) {
        this.policies = policies;
        this.tenant = tenant;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    PolicyCollection list(@RequestParam(name = "$count", required = false) String count) {
        List<PolicyEntity> value = policies.list(tenant.id())
            .items()
            .stream()
            .map(policy -> new PolicyEntity(null, policy.id()))
            .toList();
        return new PolicyCollection(context(), QueryOptions.count(count) ? value.size() : null, value);
    }

    @GetMapping("/$count")
    ResponseEntity<String> count() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(String.valueOf(policies.count(tenant.id())));
    }

    @GetMapping("/{id}")
    PolicyEntity get(@PathVariable String id) {
        return new PolicyEntity(context() + "/$entity", policies.get(tenant.id(), id).id());
    }

    @GetMapping("/{id}/$value")
    ResponseEntity<String> document(@PathVariable String id) {
        return ResponseEntity.ok().contentType(XML).body(policies.get(tenant.id(), id).document());
    }

    @PutMapping("/{id}/$value")
    ResponseEntity<String> put(@PathVariable String id, InputStream body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) throws IOException {
        return answer(policies.upload(tenant.id(), id, decode(body, contentType), true));
    }

    @PostMapping
    ResponseEntity<String> create(InputStream body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) throws IOException {
        return answer(policies.upload(tenant.id(), null, decode(body, contentType), false));
    }

    /**
     * OPTIONS lists the methods in a fixed order; Spring MVC's own answer lists them in
     * the order of a hash map.
     */
    @RequestMapping(method = RequestMethod.OPTIONS)
    ResponseEntity<Void> options() {
        return ResponseEntity.ok().allow(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.OPTIONS).build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        policies.delete(tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}")
    void putWithoutValue() {
        throw PolicyErrors.putNeedsValue();
    }

    @RequestMapping(path = "/{id}", method = { RequestMethod.PATCH, RequestMethod.POST })
    void wrongMethodOnItem() {
        throw wrongMethod();
    }

    @RequestMapping(path = "/{id}/$value", method = { RequestMethod.DELETE, RequestMethod.POST, RequestMethod.PATCH })
    void wrongMethodOnValue() {
        throw wrongMethod();
    }

    private static GraphException wrongMethod() {
        return new GraphException(GraphErrorCode.METHOD_NOT_ALLOWED, "This method is not allowed on a policy: upload "
                + "with PUT /beta/trustFramework/policies/{id}/$value, delete with DELETE /beta/trustFramework/policies/{id}.");
    }

    private ResponseEntity<String> answer(PolicyService.Upload upload) {
        var response = upload.created()
                ? ResponseEntity.created(URI.create("/trustFramework/policies/" + upload.policy().id() + "/"))
                : ResponseEntity.ok();
        return response.contentType(XML).body(upload.policy().document());
    }

    private static PolicyText.Decoded decode(InputStream body, String contentType) throws IOException {
        String charset = null;
        if (contentType != null) {
            try {
                var charsetOfType = MediaType.parseMediaType(contentType).getParameter("charset");
                charset = charsetOfType;
            }
            catch (IllegalArgumentException ex) {
                // an unreadable Content-Type decides nothing: the body is XML whatever it
                // says
            }
        }
        return PolicyText.decode(body.readAllBytes(), charset);
    }

    private String context() {
        return baseUrl.current() + "/beta/$metadata#trustFramework/policies";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PolicyEntity(@JsonProperty("@odata.context") String context, String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PolicyCollection(@JsonProperty("@odata.context") String context, @JsonProperty("@odata.count") Integer count,
            List<PolicyEntity> value) {
    }

}
