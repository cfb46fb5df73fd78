package dev.b2cemulator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.config.StartupException;

/**
 * {@code EMULATOR_DATA_DIR}: a {@link TenantMap} whose every change is written to an
 * {@link AppendLog} as a {@link Change} and forced to disk before it takes effect, so
 * that every acknowledged write survives a crash. The map's one lock orders the changes,
 * so the file's order is the order they took effect. At start the file is replayed and
 * compacted.
 *
 * @param <T> the kind of value
 * @param <S> its form on disk, which may hold what answers never show (private key
 * members)
 */
public class DurableTenantMap<T, S> extends TenantMap<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DurableTenantMap.class);

    private final AppendLog file;

    private final JsonMapper json;

    private final Codec<T, S> codec;

    public DurableTenantMap(Path logFile, JsonMapper json, Function<T, String> idOf, Codec<T, S> codec) {
        super(idOf);
        this.file = new AppendLog(logFile);
        this.json = json;
        this.codec = codec;
        JavaType changeType = json.getTypeFactory().constructParametricType(Change.class, codec.storedType());
        Path dataDir = logFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dataDir);
            restrictToOwner(dataDir);
            int records = file.replay(payload -> {
                Change<S> stored = json.readValue(payload, changeType);
                apply(stored.map(codec::fromStored));
            });
            file.rewrite(snapshot());
            log.info("Loaded {} record(s) from {}", records, logFile);
        }
        catch (IOException ex) {
            throw new StartupException("emulator.data-dir: cannot use " + dataDir + ": " + ex.getMessage(), ex);
        }
    }

    /** Between a value and its form on disk. */
    public interface Codec<T, S> {

        S toStored(T value);

        T fromStored(S stored);

        Class<S> storedType();

        /**
         * For values that are written as they are (they hold nothing that answers hide).
         */
        static <T> Codec<T, T> identity(Class<T> type) {
            return new Codec<>() {

                @Override
                public T toStored(T value) {
                    return value;
                }

                @Override
                public T fromStored(T stored) {
                    return stored;
                }

                @Override
                public Class<T> storedType() {
                    return type;
                }

            };
        }

    }

    @Override
    protected void changing(Change<T> change) {
        file.append(json.writeValueAsString(change.map(codec::toStored)));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private List<String> snapshot() {
        List<String> payloads = new ArrayList<>();
        for (String tenant : tenants()) {
            for (T value : findPage(tenant, 0, Integer.MAX_VALUE).items()) {
                payloads.add(json.writeValueAsString(new Change.Put<>(tenant, codec.toStored(value))));
            }
        }
        return payloads;
    }

    private static void restrictToOwner(Path dataDir) {
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        }
        catch (IOException | UnsupportedOperationException ex) {
            log.warn("Cannot restrict {} to its owner; it holds private key material", dataDir);
        }
    }

}
