package dev.b2cemulator.web;

import org.springframework.core.Ordered;

/**
 * The order of the emulator's servlet filters, in one place. All run before Spring
 * Security's chain ({@code SecurityFilterProperties.DEFAULT_FILTER_ORDER}, -100), so that
 * what they do holds for every answer, 401 and 403 included.
 */
public final class FilterOrder {

    /**
     * {@code request-id} and {@code client-request-id} on every response, even one a
     * later filter refuses.
     */
    public static final int REQUEST_IDS = Ordered.HIGHEST_PRECEDENCE;

    /**
     * The access log and the journal see each request's final status, whoever answered
     * it.
     */
    public static final int JOURNAL = REQUEST_IDS + 1;

    /**
     * {@code EMULATOR_ADMIN_TOKEN} guards {@code /_emulator} before anything else reads
     * the request.
     */
    public static final int ADMIN_TOKEN = JOURNAL + 1;

    /** The body limit wraps the stream before anyone reads it. */
    public static final int BODY_SIZE = ADMIN_TOKEN + 1;

    /**
     * Every spelling of a Graph address becomes one before security rules and controllers
     * match it.
     */
    public static final int GRAPH_PATHS = BODY_SIZE + 1;

    /**
     * Faults apply to Graph calls before the token is checked, as a real throttling front
     * end would.
     */
    public static final int FAULTS = GRAPH_PATHS + 1;

    private FilterOrder() {
    }

}
