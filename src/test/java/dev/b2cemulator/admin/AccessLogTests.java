package dev.b2cemulator.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AccessLogTests {

    private static final Pattern LINE = Pattern
        .compile("POST /beta/trustFramework/keySets 201 3ms tenant=(\\S+) request-id=n(\\d+)");

    @Test
    void everyLineFromManyThreadsIsWrittenOnceBeforeTheLogCloses(CapturedOutput output) throws Exception {
        AccessLog log = new AccessLog();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    log.log("POST", "/beta/trustFramework/keySets", 201, 3, "t" + thread, "n" + i);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        log.flush();

        int[] next = new int[4];
        Matcher line = LINE.matcher(output.getOut());
        while (line.find()) {
            int thread = Integer.parseInt(line.group(1).substring(1));
            assertThat(Integer.parseInt(line.group(2))).as("thread %d's lines in its order", thread)
                .isEqualTo(next[thread]++);
        }
        assertThat(next).containsExactly(5_000, 5_000, 5_000, 5_000);
    }

    @Test
    void aMissingTenantIsADash(CapturedOutput output) throws Exception {
        AccessLog log = new AccessLog();
        log.log("GET", "/nowhere", 404, 1, null, "r-1");
        log.flush();

        assertThat(output.getOut()).contains("GET /nowhere 404 1ms tenant=- request-id=r-1");
    }

}
