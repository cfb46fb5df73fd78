package dev.b2cemulator.web;

import dev.b2cemulator.error.GraphException;
import dev.b2cemulator.error.GraphErrorCode;
import dev.b2cemulator.error.GraphErrorWriter;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.web.FilterOrder;

/**
 * Refuses bodies over {@code emulator.max-body-size} (1 MiB) with Graph's 413: at once
 * when Content-Length says so, and while reading when the body is chunked.
 */
@Component
@Order(FilterOrder.BODY_SIZE)
class BodySizeLimitFilter extends HttpFilter {

    private final long limitBytes;

    private final long policyLimitBytes;

    private final GraphErrorWriter errors;

    BodySizeLimitFilter(EmulatorProperties properties, GraphErrorWriter errors) {
        this.limitBytes = properties.maxBodySize().toBytes();
        this.policyLimitBytes = properties.maxPolicyBodySize().toBytes();
        this.errors = errors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            errors.write(request, response, GraphErrorCode.PAYLOAD_TOO_LARGE,
                    GraphException.payloadTooLarge(limit).getMessage());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /**
     * Policies have a limit of their own ({@code EMULATOR_MAX_POLICY_BODY_SIZE}): their
     * documents are larger.
     */
    private long limitFor(HttpServletRequest request) {
        return GraphPaths.under(GraphPaths.path(request), GraphPaths.POLICIES) ? policyLimitBytes : limitBytes;
    }

    static final class BodyTooLargeException extends IOException {

        private final long limitBytes;

        BodyTooLargeException(long limitBytes) {
            super("Request body larger than " + limitBytes + " bytes");
            this.limitBytes = limitBytes;
        }

        long limitBytes() {
            return limitBytes;
        }

    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limitBytes;

        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limitBytes);
            }
            return stream;
        }

    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private final long limitBytes;

        private long count;

        LimitedInputStream(ServletInputStream delegate, long limitBytes) {
            this.delegate = delegate;
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limitBytes) {
                throw new BodyTooLargeException(limitBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }

    }

}
