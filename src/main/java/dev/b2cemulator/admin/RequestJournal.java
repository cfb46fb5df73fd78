package dev.b2cemulator.admin;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;

/**
 * The newest calls, for {@code GET /_emulator/requests}: when, what, for which tenant,
 * how it ended, how long it took. Never a body, a query string or a header, so never a
 * token or a secret. Bounded: the oldest entry goes when the journal is full.
 */
@Component
public class RequestJournal {

    private final Deque<Entry> entries = new ArrayDeque<>();

    private final int maxEntries;

    public RequestJournal(EmulatorProperties properties) {
        this.maxEntries = properties.journal().maxEntries();
    }

    public synchronized void record(Entry entry) {
        if (maxEntries == 0) {
            return;
        }
        if (entries.size() == maxEntries) {
            entries.removeLast();
        }
        entries.addFirst(entry);
    }

    /**
     * Newest first; each filter is ignored when null (tenant exact, method exact, path a
     * case-insensitive part).
     */
    public synchronized List<Entry> find(String tenant, String method, String path) {
        String pathPart = path == null ? null : path.toLowerCase(Locale.ROOT);
        return entries.stream()
            .filter(entry -> tenant == null || tenant.equalsIgnoreCase(entry.tenant()))
            .filter(entry -> method == null || method.equalsIgnoreCase(entry.method()))
            .filter(entry -> pathPart == null || entry.path().toLowerCase(Locale.ROOT).contains(pathPart))
            .toList();
    }

    public synchronized void clear() {
        entries.clear();
    }

    /**
     * One call: {@code host} is the name the client called (the Host header), which shows
     * whether an unchanged tool reached the emulator as graph.microsoft.com.
     */
    public record Entry(Instant time, String method, String host, String path, String tenant, int status,
            @JsonProperty("request-id") String requestId, long durationMs) {
    }

}
