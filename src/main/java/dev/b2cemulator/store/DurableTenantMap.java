package dev.b2cemulator.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.config.StartupException;

/**
 * {@code EMULATOR_DATA_DIR}: a {@link TenantMap} with every change written to an
 * {@link AppendLog} and forced to disk before the call returns, so that every
 * acknowledged write survives a crash. Changes are serialised (one lock), so the file's
 * order is the order they took effect. At start the file is replayed and compacted.
 *
 * @param <T> the kind of value
 * @param <S> its form on disk, which may hold what answers never show (private key
 * members)
 */
public class DurableTenantMap<T, S> implements TenantStore<T>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DurableTenantMap.class);

    private final TenantMap<T> memory;

    private final AppendLog file;

    private final JsonMapper json;

    private final JavaType changeType;

    private final Function<T, String> idOf;

    private final Codec<T, S> codec;

    private final Object writes = new Object();

    public DurableTenantMap(Path logFile, JsonMapper json, Function<T, String> idOf, Codec<T, S> codec) {
        this(logFile, json, new TenantMap<>(idOf), idOf, codec);
    }

    /** With the in-memory map to keep the values in (a packed one for keysets). */
    public DurableTenantMap(Path logFile, JsonMapper json, TenantMap<T> memory, Function<T, String> idOf,
            Codec<T, S> codec) {
        this.memory = memory;
        this.file = new AppendLog(logFile);
        this.json = json;
        this.idOf = idOf;
        this.codec = codec;
        this.changeType = json.getTypeFactory().constructParametricType(Change.class, codec.storedType());
        Path dataDir = logFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dataDir);
            restrictToOwner(dataDir);
            int records = file.replay(payload -> apply(json.readValue(payload, changeType)));
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
    public CreateResult create(String tenant, T value, int maxPerTenant) {
        synchronized (writes) {
            if (memory.find(tenant, idOf.apply(value)).isPresent()) {
                return CreateResult.EXISTS;
            }
            if (memory.count(tenant) >= maxPerTenant) {
                return CreateResult.TENANT_FULL;
            }
            write(new Change<>("put", tenant, null, codec.toStored(value)));
            return memory.create(tenant, value, maxPerTenant);
        }
    }

    @Override
    public CreateResult put(String tenant, T value, int maxPerTenant) {
        synchronized (writes) {
            boolean exists = memory.find(tenant, idOf.apply(value)).isPresent();
            if (!exists && memory.count(tenant) >= maxPerTenant) {
                return CreateResult.TENANT_FULL;
            }
            write(new Change<>("put", tenant, null, codec.toStored(value)));
            return memory.put(tenant, value, maxPerTenant);
        }
    }

    @Override
    public Optional<T> update(String tenant, String id, UnaryOperator<T> change) {
        synchronized (writes) {
            Optional<T> current = memory.find(tenant, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            T changed = change.apply(current.get());
            write(new Change<>("put", tenant, null, codec.toStored(changed)));
            return memory.update(tenant, id, ignored -> changed);
        }
    }

    @Override
    public Optional<T> delete(String tenant, String id, UnaryOperator<T> backup) {
        synchronized (writes) {
            Optional<T> current = memory.find(tenant, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            T copy = backup.apply(current.get());
            write(new Change<>("remove", tenant, idOf.apply(current.get()),
                    copy == null ? null : codec.toStored(copy)));
            return memory.delete(tenant, id, ignored -> copy);
        }
    }

    @Override
    public void clear() {
        synchronized (writes) {
            write(new Change<>("clear", null, null, null));
            memory.clear();
        }
    }

    @Override
    public void clear(String tenant) {
        synchronized (writes) {
            write(new Change<>("clear", tenant, null, null));
            memory.clear(tenant);
        }
    }

    @Override
    public Optional<T> find(String tenant, String id) {
        return memory.find(tenant, id);
    }

    @Override
    public Page<T> findPage(String tenant, long position, int limit) {
        return memory.findPage(tenant, position, limit);
    }

    @Override
    public int count(String tenant) {
        return memory.count(tenant);
    }

    @Override
    public Set<String> tenants() {
        return memory.tenants();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void write(Change<S> change) {
        file.append(json.writeValueAsString(change));
    }

    /** Replays one change into memory, as it took effect then. */
    private void apply(Change<S> change) {
        switch (change.op()) {
            case "put" -> memory.put(change.tenant(), codec.fromStored(change.value()), Integer.MAX_VALUE);
            case "remove" -> memory.delete(change.tenant(), change.id(),
                    ignored -> change.value() == null ? null : codec.fromStored(change.value()));
            case "clear" -> {
                if (change.tenant() == null) {
                    memory.clear();
                }
                else {
                    memory.clear(change.tenant());
                }
            }
            default -> throw new IllegalStateException("Unknown record " + change.op());
        }
    }

    private List<String> snapshot() {
        List<String> payloads = new ArrayList<>();
        for (String tenant : memory.tenants()) {
            for (T value : memory.findPage(tenant, 0, Integer.MAX_VALUE).items()) {
                payloads.add(json.writeValueAsString(new Change<>("put", tenant, null, codec.toStored(value))));
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

    /**
     * One change as written to the log: {@code put} (a value as it now is),
     * {@code remove} (with the backup that replaces it, in the same record), or
     * {@code clear}. The value's member is named {@code put}, as in the first version of
     * the file.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change<S>(String op, String tenant, String id, @JsonProperty("put") S value) {
    }

}
