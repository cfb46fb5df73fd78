package dev.b2cemulator.error;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The ids of one request, put on the request by {@link RequestIdFilter} and read back for
 * error bodies.
 */
public record RequestIds(String requestId, String clientRequestId) {

    static final String ATTRIBUTE = RequestIds.class.getName();

    public static RequestIds of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof RequestIds ids) {
            return ids;
        }
        return RequestIdFilter.assign(request);
    }

}
