package dev.b2cemulator.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AppendLogTests {

    @TempDir
    Path dir;

    @Test
    void recordsComeBackInOrder() throws Exception {
        Path file = dir.resolve("log");
        try (AppendLog log = new AppendLog(file)) {
            log.append("{\"a\":1}");
            log.append("{\"b\":\"ünïcode\"}");
        }

        assertThat(replay(file)).containsExactly("{\"a\":1}", "{\"b\":\"ünïcode\"}");
    }

    @Test
    void aTornLastRecordIsDroppedAndCutOff() throws Exception {
        Path file = dir.resolve("log");
        try (AppendLog log = new AppendLog(file)) {
            log.append("{\"a\":1}");
        }
        long intact = Files.size(file);
        String second = AppendLog.line("{\"b\":2}");
        Files.writeString(file, second.substring(0, second.length() / 2), StandardOpenOption.APPEND);

        assertThat(replay(file)).containsExactly("{\"a\":1}");
        assertThat(Files.size(file)).isEqualTo(intact);
        try (AppendLog log = new AppendLog(file)) {
            log.append("{\"c\":3}");
        }
        assertThat(replay(file)).containsExactly("{\"a\":1}", "{\"c\":3}");
    }

    @Test
    void aLastRecordWithABadChecksumIsDropped() throws Exception {
        Path file = dir.resolve("log");
        Files.writeString(file, AppendLog.line("{\"a\":1}") + "00000000 {\"b\":2}\n");

        assertThat(replay(file)).containsExactly("{\"a\":1}");
    }

    @Test
    void damageUpTheFileKeepsWhatCameBeforeAndTheFileAside() throws Exception {
        Path file = dir.resolve("log");
        Files.writeString(file, AppendLog.line("{\"a\":1}") + "garbage line\n" + AppendLog.line("{\"c\":3}"));

        assertThat(replay(file)).containsExactly("{\"a\":1}");
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                .anyMatch(name -> name.startsWith("log.damaged-"));
        }
    }

    private static List<String> replay(Path file) throws Exception {
        List<String> payloads = new ArrayList<>();
        new AppendLog(file).replay(payloads::add);
        return payloads;
    }

}
