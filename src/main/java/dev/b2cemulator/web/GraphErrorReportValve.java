package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphErrorResponse;
import dev.b2cemulator.error.RequestIds;
import dev.b2cemulator.error.GraphErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for requests it refuses before Spring sees them (a {@code %2F}
 * or {@code %00} in the path, broken percent-encoding): Graph's JSON error instead of
 * Tomcat's HTML, and never a stack trace.
 */
public class GraphErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        RequestIds ids = RequestIds.of(request);
        String message = status == 400 ? "The request URL is malformed: check its percent-encoding; ids may not "
                + "contain '/', '\\' or control characters." : GraphErrorController.message(status);
        try {
            response.setHeader("request-id", ids.requestId());
            response.setHeader("client-request-id", ids.clientRequestId());
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getReporter()
                .write(JSON.writeValueAsString(GraphErrorResponse.of(ids, GraphErrorCode.forStatus(status), message)));
            response.finishResponse();
        }
        catch (IOException | IllegalStateException ex) {
            // The connection is gone or the response is committed: nothing more can be
            // said.
        }
    }

}
