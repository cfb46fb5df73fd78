package dev.b2cemulator.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose explicit flushes are ignored, so that the container finishes it only
 * when the filters have returned: a client that has its answer finds the call in the
 * journal, even when it asks the journal at once. (Spring's message converters flush
 * after writing, which would otherwise send a small answer before the journal entry is
 * made.) Bodies larger than the container's buffer still stream as it fills.
 */
final class UnflushedResponse extends HttpServletResponseWrapper {

    private ServletOutputStream stream;

    private PrintWriter writer;

    UnflushedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream delegate = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    delegate.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    delegate.write(bytes, offset, length);
                }

                @Override
                public void flush() {
                    // the container flushes when the response is complete
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
            writer = new PrintWriter(
                    new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // as flush(): left to the container
    }

    /** What the writer holds reaches the container's buffer before the response ends. */
    void finish() {
        if (writer != null) {
            writer.flush();
        }
    }

}
