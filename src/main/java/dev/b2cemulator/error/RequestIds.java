package dev.b2cemulator.error;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The ids of one request ({@code request-id}, and the caller's {@code client-request-id}
 * or the same), put on the request as it arrives and read back for error bodies and the
 * journal.
 */
public record RequestIds(String requestId, String clientRequestId) {

    private static final String ATTRIBUTE = RequestIds.class.getName();

    private static final int MAX_CLIENT_REQUEST_ID = 200;

    /** The request's ids, assigned now if nothing assigned them yet. */
    public static RequestIds of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof RequestIds ids) {
            return ids;
        }
        return assign(request);
    }

    /** New ids for the request: a new {@code request-id}, the caller's other one. */
    public static RequestIds assign(HttpServletRequest request) {
        String requestId = randomUuid().toString();
        String fromClient = request.getHeader("client-request-id");
        boolean usable = fromClient != null && !fromClient.isBlank() && fromClient.length() <= MAX_CLIENT_REQUEST_ID;
        RequestIds ids = new RequestIds(requestId, usable ? fromClient.strip() : requestId);
        request.setAttribute(ATTRIBUTE, ids);
        return ids;
    }

    /**
     * A version 4 UUID from the thread's own generator: a request id needs to be unique,
     * not unpredictable, and {@link UUID#randomUUID()}'s one shared {@code SecureRandom}
     * has every request thread queue on its lock.
     */
    static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
        return new UUID(high, low);
    }

}
