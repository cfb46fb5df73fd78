package dev.b2cemulator.web;

import dev.b2cemulator.admin.RequestJournal;
import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.b2cemulator.web.FilterOrder;
import dev.b2cemulator.config.PublicBaseUrl;

import dev.b2cemulator.error.RequestIds;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * One access-log line per request (logger {@code dev.b2cemulator.access}), and a journal
 * entry per call of the Graph API and the token endpoints. Health polls are left out of
 * both; {@code /_emulator} calls are logged but not journaled, so the journal shows only
 * what the code under test did. The entry is made before the body's first byte
 * ({@link JournaledResponse}), so a client that has its answer finds it there.
 */
@Component
@Order(FilterOrder.JOURNAL)
class JournalFilter extends HttpFilter {

    /** Written through an asynchronous appender (logback-spring.xml), in call order. */
    private static final Logger access = LoggerFactory.getLogger("dev.b2cemulator.access");

    private final RequestJournal journal;

    JournalFilter(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Instant time = Instant.now();
        boolean[] recorded = { false };
        Runnable record = () -> {
            if (!recorded[0]) {
                recorded[0] = true;
                record(request, response, time, start);
            }
        };
        try {
            chain.doFilter(request, new JournaledResponse(response, record));
        }
        finally {
            record.run();
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Instant time, long start) {
        String path = request.getRequestURI();
        if (isHealthPoll(path)) {
            return;
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        String tenant = (String) request.getAttribute(CurrentTenant.ATTRIBUTE);
        String requestId = RequestIds.of(request).requestId();
        access.info("{} {} {} {}ms tenant={} request-id={}", request.getMethod(), path, response.getStatus(),
                durationMs, (tenant != null) ? tenant : "-", requestId);
        if (!path.startsWith("/_emulator")) {
            journal.record(new RequestJournal.Entry(time, request.getMethod(), PublicBaseUrl.authority(request), path,
                    tenant, response.getStatus(), requestId, durationMs));
        }
    }

    private static boolean isHealthPoll(String path) {
        return path.startsWith("/actuator/health") || path.equals("/_emulator/health");
    }

}
