package dev.b2cemulator.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Contract tests on every integration test: each JSON body the Graph API answers through
 * the test client is validated against the component schema its {@code @odata.context}
 * (or error shape) names. A body that strays from Graph's schema fails the test that
 * received it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GraphContract {

    public static final AtomicInteger VALIDATED = new AtomicInteger();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    RestTestClientBuilderCustomizer graphContractCheck() {
        return builder -> builder.requestInterceptor(new Check());
    }

    public static void check(String path, byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        }
        catch (JacksonException ex) {
            throw new AssertionError("Response to " + path + " declares JSON but is not: " + ex.getOriginalMessage());
        }
        String schema = GraphSchemas.schemaFor(json);
        if (schema == null) {
            throw new AssertionError("Response to " + path + " names no Graph type: " + json);
        }
        List<String> errors = GraphSchemas.validate(schema, json);
        if (!errors.isEmpty()) {
            throw new AssertionError("Response to " + path + " does not match " + schema + ": " + errors);
        }
        VALIDATED.incrementAndGet();
    }

    private static final class Check implements ClientHttpRequestInterceptor {

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] requestBody,
                ClientHttpRequestExecution execution) throws IOException {
            ClientHttpResponse response = execution.execute(request, requestBody);
            String path = request.getURI().getPath();
            MediaType type = response.getHeaders().getContentType();
            if (!path.toLowerCase().startsWith("/beta") || type == null
                    || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                return response;
            }
            byte[] body = response.getBody().readAllBytes();
            check(path, body);
            return new Buffered(response, body);
        }

    }

    private record Buffered(ClientHttpResponse delegate, byte[] body) implements ClientHttpResponse {

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return delegate.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return delegate.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return delegate.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void close() {
            delegate.close();
        }

    }

}
