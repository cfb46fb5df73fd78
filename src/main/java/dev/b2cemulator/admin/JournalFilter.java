package dev.b2cemulator.admin;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.FilterOrder;
import dev.b2cemulator.config.PublicBaseUrl;

import dev.b2cemulator.error.RequestIds;
import dev.b2cemulator.tenant.CurrentTenant;

/**
 * One access-log line per request ({@link AccessLog}), and a journal entry per call of
 * the Graph API and the token endpoints. Health polls are left out of both;
 * {@code /_emulator} calls are logged but not journaled, so the journal shows only what
 * the code under test did. The entry is made before the body's first byte
 * ({@link JournaledResponse}), so a client that has its answer finds it there.
 */
@Component
@Order(FilterOrder.JOURNAL)
class JournalFilter extends HttpFilter {

    private final RequestJournal journal;

    private final AccessLog accessLog;

    JournalFilter(RequestJournal journal, AccessLog accessLog) {
        this.journal = journal;
        this.accessLog = accessLog;
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
        this.accessLog.log(request.getMethod(), path, response.getStatus(), durationMs, tenant, requestId);
        if (!path.startsWith("/_emulator")) {
            journal.record(new RequestJournal.Entry(time, request.getMethod(), PublicBaseUrl.authority(request), path,
                    tenant, response.getStatus(), requestId, durationMs));
        }
    }

    private static boolean isHealthPoll(String path) {
        return path.startsWith("/actuator/health") || path.equals("/_emulator/health");
    }

}
