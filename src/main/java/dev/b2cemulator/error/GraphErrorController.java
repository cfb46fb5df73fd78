package dev.b2cemulator.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's whitelabel {@code /error}: errors that escape Spring MVC (raised in a filter, or by the
 * container) still answer in Graph's shape, never with Boot's JSON or a stack trace.
 */
@RestController
class GraphErrorController implements ErrorController {

    private final GraphErrors errors;

    GraphErrorController(GraphErrors errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        if (status == 413) {
            return errors.response(request, 413, "RequestEntityTooLarge", "The request body is too large.", false,
                    new HttpHeaders());
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known != null ? known.getReasonPhrase() : "Error";
        String graphCode = status >= 500 ? "generalException" : reason.replace(" ", "");
        return errors.response(request, status, graphCode, "The request could not be processed: " + reason + ".",
                false, new HttpHeaders());
    }

}
