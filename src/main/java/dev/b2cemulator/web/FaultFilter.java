package dev.b2cemulator.web;

import dev.b2cemulator.admin.FaultInjector;
import java.io.IOException;
import java.util.OptionalInt;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import dev.b2cemulator.web.FilterOrder;

import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import dev.b2cemulator.web.GraphPaths;

/**
 * Applies the faults to Graph calls only ({@code /beta/…}), never to {@code /_emulator}
 * or the token endpoints: first the latency, then the rate limit and the failure rate,
 * which answer 429 {@code AADB2C95043} with {@code Retry-After}, as B2C's admin API
 * throttles.
 */
@Component
@Order(FilterOrder.FAULTS)
class FaultFilter extends HttpFilter {

    private final FaultInjector faults;

    private final GraphErrorWriter errors;

    FaultFilter(FaultInjector faults, GraphErrorWriter errors) {
        this.faults = faults;
        this.errors = errors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!GraphPaths.isGraph(request)) {
            chain.doFilter(request, response);
            return;
        }
        long latency = faults.latencyMs();
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        OptionalInt retryAfter = faults.throttle();
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.getAsInt()));
            errors.write(request, response, GraphErrorCode.THROTTLED,
                    "There are too many requests at this moment. Please wait for some time and try again.");
            return;
        }
        chain.doFilter(request, response);
    }

}
