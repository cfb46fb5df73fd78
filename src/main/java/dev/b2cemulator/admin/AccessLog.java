package dev.b2cemulator.admin;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The access log (logger {@code dev.b2cemulator.access}), written by one thread of its
 * own in the order the calls were made. Request threads writing to the console themselves
 * queued on its lock: under load they spent more time parked there than serving. A full
 * queue makes callers wait rather than lose lines; at shutdown the queue is written out
 * before the context closes.
 */
@Component
public class AccessLog {

    private static final Logger access = LoggerFactory.getLogger("dev.b2cemulator.access");

    private static final int CAPACITY = 16_384;

    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Queue<Line> lines = new ConcurrentLinkedQueue<>();

    private final Semaphore room = new Semaphore(CAPACITY);

    private volatile boolean closing;

    private final Thread writer = new Thread(this::writeLines, "access-log");

    AccessLog() {
        this.writer.setDaemon(true);
        this.writer.start();
    }

    void log(String method, String path, int status, long durationMs, String tenant, String requestId) {
        if (!access.isInfoEnabled()) {
            return;
        }
        Line line = new Line(method, path, status, durationMs, tenant, requestId);
        if (this.closing || !this.room.tryAcquire() && !awaitRoom()) {
            line.write();
            return;
        }
        this.lines.add(line);
    }

    private boolean awaitRoom() {
        try {
            this.room.acquire();
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void writeLines() {
        while (true) {
            Line line = this.lines.poll();
            if (line != null) {
                line.write();
                this.room.release();
            }
            else if (this.closing) {
                return;
            }
            else {
                LockSupport.parkNanos(this, IDLE_WAIT_NANOS);
            }
        }
    }

    /**
     * Writes out what is queued; lines logged after this are written at once. The web
     * server has stopped by then, so no request thread is still adding lines.
     */
    @PreDestroy
    void flush() throws InterruptedException {
        this.closing = true;
        LockSupport.unpark(this.writer);
        this.writer.join(TimeUnit.SECONDS.toMillis(10));
        for (Line line = this.lines.poll(); line != null; line = this.lines.poll()) {
            line.write();
        }
    }

    private record Line(String method, String path, int status, long durationMs, String tenant, String requestId) {

        void write() {
            access.info("{} {} {} {}ms tenant={} request-id={}", this.method, this.path, this.status, this.durationMs,
                    (this.tenant != null) ? this.tenant : "-", this.requestId);
        }

    }

}
