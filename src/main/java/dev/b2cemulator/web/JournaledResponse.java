package dev.b2cemulator.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that runs {@code beforeBody} once, just before its first byte or character
 * reaches the container (or its first flush): the status is set by then, and the client
 * cannot have its answer yet. The journal entry is made there, so a client that has its
 * answer always finds the call in the journal, whatever the container does about
 * flushing. Answers without a body are journaled when the filter returns.
 */
final class JournaledResponse extends HttpServletResponseWrapper {

    private final Runnable beforeBody;

    private boolean started;

    private ServletOutputStream stream;

    private PrintWriter writer;

    JournaledResponse(HttpServletResponse response, Runnable beforeBody) {
        super(response);
        this.beforeBody = beforeBody;
    }

    private void start() {
        if (!started) {
            started = true;
            beforeBody.run();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream delegate = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    start();
                    delegate.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    start();
                    delegate.write(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    start();
                    delegate.flush();
                }

                @Override
                public boolean isReady() {
                    return delegate.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    delegate.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(super.getWriter()) {
                @Override
                public void write(int c) {
                    start();
                    super.write(c);
                }

                @Override
                public void write(char[] chars, int offset, int length) {
                    start();
                    super.write(chars, offset, length);
                }

                @Override
                public void write(String text, int offset, int length) {
                    start();
                    super.write(text, offset, length);
                }

                @Override
                public void flush() {
                    start();
                    super.flush();
                }
            };
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        start();
        super.flushBuffer();
    }

}
