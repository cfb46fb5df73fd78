package dev.b2cemulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of records, one a line: {@code <crc32c hex> <payload>}.
 * {@link #append} returns only once the record is on disk ({@code fsync}).
 * {@link #replay} reads the records back; a torn last record (the process died while
 * writing it) is detected by its missing newline or its checksum, dropped and cut off,
 * never a reason to refuse to start. Damage further up stops the replay there; the file
 * is kept aside.
 */
public final class AppendLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppendLog.class);

    private final Path file;

    private FileChannel channel;

    public AppendLog(Path file) {
        this.file = file;
    }

    /**
     * Feeds every intact record to {@code apply}, in order, and cuts off what is not
     * intact.
     */
    public int replay(Consumer<String> apply) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int records = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            String payload = end < 0 ? null
                    : intactPayload(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            if (payload == null) {
                keepAsideIfDamaged(bytes, start, end);
                truncate(start);
                break;
            }
            apply.accept(payload);
            records++;
            start = end + 1;
        }
        return records;
    }

    /**
     * Replaces the file by these records in one atomic step (used to compact it at
     * start).
     */
    public void rewrite(List<String> payloads) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (String payload : payloads) {
                write(out, payload);
            }
            out.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
    }

    /** Writes the record and forces it to disk before returning. */
    public synchronized void append(String payload) {
        try {
            if (channel == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            write(channel, payload);
            channel.force(false);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write to " + file, ex);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    static String line(String payload) {
        return checksum(payload) + " " + payload + "\n";
    }

    private static void write(FileChannel channel, String payload) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line(payload).getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String intactPayload(String line) {
        int space = line.indexOf(' ');
        if (space != 8) {
            return null;
        }
        String payload = line.substring(space + 1);
        return line.substring(0, space).equals(checksum(payload)) ? payload : null;
    }

    private static String checksum(String payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    private void keepAsideIfDamaged(byte[] bytes, int start, int end) throws IOException {
        boolean tornTail = end < 0 || end == bytes.length - 1;
        if (tornTail) {
            log.warn("Dropped a torn last record of {} ({} bytes): the process stopped while writing it", file,
                    bytes.length - start);
            return;
        }
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + Instant.now().toEpochMilli());
        Files.write(aside, bytes);
        log.error("{} is damaged at byte {}: kept the records before it, dropped the rest; the whole file is kept "
                + "as {}", file, start, aside);
    }

    private void truncate(int length) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.truncate(length);
            out.force(true);
        }
    }

    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        }
        catch (IOException ex) {
            // Not every file system lets a directory be opened; the rename is durable on
            // the common ones.
        }
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

}
