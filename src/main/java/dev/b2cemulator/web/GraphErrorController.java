package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's whitelabel {@code /error}: errors that escape Spring MVC (raised in a
 * filter, or by the container) still answer in Graph's shape, never with Boot's JSON or a
 * stack trace.
 */
@RestController
class GraphErrorController implements ErrorController {

    private final GraphErrorWriter errors;

    GraphErrorController(GraphErrorWriter errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return errors.response(request, new GraphException(GraphErrorCode.forStatus(status), message(status)));
    }

    static String message(int status) {
        if (status == 413) {
            return "The request body is too large.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return "The request could not be processed: " + (known != null ? known.getReasonPhrase() : "Error") + ".";
    }

}
