package dev.b2cemulator.error;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.FilterOrder;

/**
 * Puts {@code request-id} (new) and {@code client-request-id} (the caller's, else the
 * request-id) on every response, as Graph does. Runs before Spring Security so that 401
 * and 403 carry them too.
 */
@Component
@Order(FilterOrder.REQUEST_IDS)
class RequestIdFilter extends HttpFilter {

    private static final int MAX_CLIENT_REQUEST_ID = 200;

    static RequestIds assign(HttpServletRequest request) {
        String requestId = randomUuid().toString();
        String fromClient = request.getHeader("client-request-id");
        boolean usable = fromClient != null && !fromClient.isBlank() && fromClient.length() <= MAX_CLIENT_REQUEST_ID;
        RequestIds ids = new RequestIds(requestId, usable ? fromClient.strip() : requestId);
        request.setAttribute(RequestIds.ATTRIBUTE, ids);
        return ids;
    }

    /**
     * A version 4 UUID from the thread's own generator: a request id needs to be unique,
     * not unpredictable, and {@link UUID#randomUUID()}'s one shared {@code SecureRandom}
     * had every request thread queue on its lock.
     */
    static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
        return new UUID(high, low);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestIds ids = assign(request);
        response.setHeader("request-id", ids.requestId());
        response.setHeader("client-request-id", ids.clientRequestId());
        chain.doFilter(request, response);
    }

}
