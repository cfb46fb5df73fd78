package dev.b2cemulator.web;

import dev.b2cemulator.error.RequestIds;
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

import dev.b2cemulator.web.FilterOrder;

/**
 * Puts {@code request-id} (new) and {@code client-request-id} (the caller's, else the
 * request-id) on every response, as Graph does. Runs before Spring Security so that 401
 * and 403 carry them too.
 */
@Component
@Order(FilterOrder.REQUEST_IDS)
class RequestIdFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestIds ids = RequestIds.assign(request);
        response.setHeader("request-id", ids.requestId());
        response.setHeader("client-request-id", ids.clientRequestId());
        chain.doFilter(request, response);
    }

}
