package dev.b2cemulator.web;

import dev.b2cemulator.admin.RequestJournal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.b2cemulator.support.TestProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal entry is made before the body's first byte reaches the container, whether
 * the code writes through the stream or the writer and flushes or not, so a client that
 * has its answer always finds the call in the journal.
 */
class JournalFilterTests {

    private final List<Boolean> committedWhenRecorded = new ArrayList<>();

    private final RequestJournal journal = new RequestJournal(TestProperties.defaults()) {
        @Override
        public synchronized void record(Entry entry) {
            committedWhenRecorded.add(response.isCommitted());
            super.record(entry);
        }
    };

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aBodyWrittenAndFlushedThroughTheStreamIsSentOnlyAfterTheEntry() throws Exception {
        filter(answer -> {
            answer.getOutputStream().write("{\"id\":\"B2C_1A_x\"}".getBytes());
            answer.getOutputStream().flush();
            answer.flushBuffer();
        });

        assertThat(committedWhenRecorded).containsExactly(false);
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":\"B2C_1A_x\"}");
        assertThat(journal.find(null, null, null)).singleElement()
            .satisfies(entry -> assertThat(entry.host()).isEqualTo("graph.microsoft.com"));
    }

    @Test
    void aBodyWrittenAndFlushedThroughTheWriterIsCompleteAfterTheEntry() throws Exception {
        filter(answer -> {
            answer.setCharacterEncoding("UTF-8");
            answer.getWriter().write("<TrustFrameworkPolicy/> ü");
            answer.getWriter().flush();
        });

        assertThat(committedWhenRecorded).containsExactly(false);
        assertThat(response.getContentAsString()).isEqualTo("<TrustFrameworkPolicy/> ü");
    }

    private void filter(Body body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/beta/trustFramework/keySets");
        request.setServerName("graph.microsoft.com");
        request.setScheme("https");
        request.setServerPort(443);
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse answer) throws IOException {
                body.write(answer);
            }
        };
        new JournalFilter(journal).doFilter(request, response, new MockFilterChain(servlet));
    }

    private interface Body {

        void write(HttpServletResponse answer) throws IOException;

    }

}
