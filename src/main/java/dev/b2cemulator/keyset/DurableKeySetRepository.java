package dev.b2cemulator.keyset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.b2cemulator.config.StartupException;

/**
 * {@code EMULATOR_DATA_DIR}: the in-memory store, with every change written to
 * {@link KeySetLog} and forced to disk before the call returns, so that every
 * acknowledged write survives a crash. Changes are serialised (one lock), so the file's
 * order is the order they took effect. At start the file is replayed and compacted.
 */
class DurableKeySetRepository implements KeySetRepository, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DurableKeySetRepository.class);

    private final InMemoryKeySetRepository memory = new InMemoryKeySetRepository();

    private final KeySetLog file;

    private final JsonMapper json;

    private final Object writes = new Object();

    DurableKeySetRepository(Path dataDir, JsonMapper json) {
        this.json = json;
        this.file = new KeySetLog(dataDir.resolve("keysets.log"));
        try {
            Files.createDirectories(dataDir);
            restrictToOwner(dataDir);
            int records = file.replay(payload -> apply(json.readValue(payload, StoredRecord.class)));
            file.rewrite(snapshot());
            log.info("Loaded {} record(s) from {}", records, dataDir);
        }
        catch (IOException ex) {
            throw new StartupException("emulator.data-dir: cannot use " + dataDir, ex);
        }
    }

    @Override
    public CreateResult create(String tenant, KeySet keySet, int maxPerTenant) {
        synchronized (writes) {
            if (memory.find(tenant, keySet.id()).isPresent()) {
                return CreateResult.EXISTS;
            }
            if (memory.count(tenant) >= maxPerTenant) {
                return CreateResult.TENANT_FULL;
            }
            write(StoredRecord.put(tenant, keySet));
            return memory.create(tenant, keySet, maxPerTenant);
        }
    }

    @Override
    public Optional<KeySet> update(String tenant, String id, UnaryOperator<KeySet> change) {
        synchronized (writes) {
            Optional<KeySet> current = memory.find(tenant, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            KeySet changed = change.apply(current.get());
            write(StoredRecord.put(tenant, changed));
            return memory.update(tenant, id, ignored -> changed);
        }
    }

    @Override
    public Optional<KeySet> delete(String tenant, String id, UnaryOperator<KeySet> backup) {
        synchronized (writes) {
            Optional<KeySet> current = memory.find(tenant, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            KeySet copy = backup.apply(current.get());
            write(StoredRecord.remove(tenant, current.get().id(), copy));
            return memory.delete(tenant, id, ignored -> copy);
        }
    }

    @Override
    public void clear() {
        synchronized (writes) {
            write(StoredRecord.clear(null));
            memory.clear();
        }
    }

    @Override
    public void clear(String tenant) {
        synchronized (writes) {
            write(StoredRecord.clear(tenant));
            memory.clear(tenant);
        }
    }

    @Override
    public Optional<KeySet> find(String tenant, String id) {
        return memory.find(tenant, id);
    }

    @Override
    public Page findPage(String tenant, long position, int limit) {
        return memory.findPage(tenant, position, limit);
    }

    @Override
    public int count(String tenant) {
        return memory.count(tenant);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void write(StoredRecord record) {
        file.append(json.writeValueAsString(record));
    }

    /** Replays one record into memory, as it took effect then. */
    private void apply(StoredRecord record) {
        switch (record.op()) {
            case "put" -> {
                KeySet keySet = record.put().toKeySet();
                if (memory.update(record.tenant(), keySet.id(), ignored -> keySet).isEmpty()) {
                    memory.create(record.tenant(), keySet, Integer.MAX_VALUE);
                }
            }
            case "remove" -> memory.delete(record.tenant(), record.id(),
                    ignored -> record.put() == null ? null : record.put().toKeySet());
            case "clear" -> {
                if (record.tenant() == null) {
                    memory.clear();
                }
                else {
                    memory.clear(record.tenant());
                }
            }
            default -> throw new IllegalStateException("Unknown record " + record.op());
        }
    }

    private List<String> snapshot() {
        List<String> payloads = new ArrayList<>();
        for (String tenant : memory.tenants()) {
            for (KeySet keySet : memory.findPage(tenant, 0, Integer.MAX_VALUE).keySets()) {
                payloads.add(json.writeValueAsString(StoredRecord.put(tenant, keySet)));
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
