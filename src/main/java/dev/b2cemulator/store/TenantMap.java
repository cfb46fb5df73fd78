package dev.b2cemulator.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A {@link TenantStore} in memory: per tenant, its values in creation order, keyed by
 * their id in lower case, all behind one lock, so that every change is decided and made
 * in one step. Each value keeps a position (its creation number in the tenant) so that
 * paging goes on from the right place when values are deleted in between. The rules of
 * each change are here and nowhere else; {@link #changing} sees every change that passed
 * them, before it takes effect.
 *
 * @param <T> the kind of value
 */
public class TenantMap<T> implements TenantStore<T> {

    private final Map<String, Tenant<T>> tenants = new HashMap<>();

    private final Function<T, String> idOf;

    public TenantMap(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    /**
     * Called under the lock with a change that passed the rules, before it takes effect:
     * if this throws, nothing changes.
     */
    protected void changing(Change<T> change) {
    }

    @Override
    public synchronized CreateResult create(String tenant, T value, int maxPerTenant) {
        if (stored(tenant, idOf.apply(value)) != null) {
            return CreateResult.EXISTS;
        }
        if (count(tenant) >= maxPerTenant) {
            return CreateResult.TENANT_FULL;
        }
        record(new Change.Put<>(tenant, value));
        return CreateResult.CREATED;
    }

    @Override
    public synchronized CreateResult put(String tenant, T value, int maxPerTenant) {
        boolean exists = stored(tenant, idOf.apply(value)) != null;
        if (!exists && count(tenant) >= maxPerTenant) {
            return CreateResult.TENANT_FULL;
        }
        record(new Change.Put<>(tenant, value));
        return exists ? CreateResult.REPLACED : CreateResult.CREATED;
    }

    @Override
    public synchronized Optional<T> update(String tenant, String id, UnaryOperator<T> change) {
        Stored<T> current = stored(tenant, id);
        if (current == null) {
            return Optional.empty();
        }
        T changed = change.apply(current.value());
        record(new Change.Put<>(tenant, changed));
        return Optional.of(changed);
    }

    @Override
    public synchronized Optional<T> delete(String tenant, String id, UnaryOperator<T> backup) {
        Stored<T> current = stored(tenant, id);
        if (current == null) {
            return Optional.empty();
        }
        record(new Change.Remove<>(tenant, idOf.apply(current.value()), backup.apply(current.value())));
        return Optional.of(current.value());
    }

    @Override
    public synchronized void clear() {
        record(new Change.Clear<>(null));
    }

    @Override
    public synchronized void clear(String tenant) {
        record(new Change.Clear<>(tenant));
    }

    @Override
    public synchronized Optional<T> find(String tenant, String id) {
        return Optional.ofNullable(stored(tenant, id)).map(Stored::value);
    }

    @Override
    public synchronized Page<T> findPage(String tenant, long position, int limit) {
        Tenant<T> values = tenants.get(tenant);
        if (values == null) {
            return new Page<>(List.of(), 0, 0);
        }
        List<T> page = new ArrayList<>();
        long lastReturned = 0;
        for (Stored<T> stored : values.byId.values()) {
            if (stored.position() <= position) {
                continue;
            }
            if (page.size() == limit) {
                return new Page<>(page, lastReturned, values.byId.size());
            }
            page.add(stored.value());
            lastReturned = stored.position();
        }
        return new Page<>(page, 0, values.byId.size());
    }

    @Override
    public synchronized int count(String tenant) {
        Tenant<T> values = tenants.get(tenant);
        return values == null ? 0 : values.byId.size();
    }

    @Override
    public synchronized Set<String> tenants() {
        return Set.copyOf(tenants.keySet());
    }

    /**
     * Makes a change as it was decided, without asking the rules again (a replayed log).
     */
    protected synchronized void apply(Change<T> change) {
        if (change instanceof Change.Put<T> put) {
            Tenant<T> values = tenants.computeIfAbsent(put.tenant(), t -> new Tenant<>());
            values.store(key(idOf.apply(put.value())), put.value());
        }
        else if (change instanceof Change.Remove<T> remove) {
            Tenant<T> values = tenants.get(remove.tenant());
            if (values != null) {
                values.byId.remove(key(remove.id()));
                if (remove.backup() != null) {
                    String backup = key(idOf.apply(remove.backup()));
                    values.byId.remove(backup);
                    values.store(backup, remove.backup());
                }
            }
        }
        else if (change instanceof Change.Clear<T> clear) {
            if (clear.tenant() == null) {
                tenants.clear();
            }
            else {
                tenants.remove(clear.tenant());
            }
        }
    }

    private void record(Change<T> change) {
        changing(change);
        apply(change);
    }

    private Stored<T> stored(String tenant, String id) {
        Tenant<T> values = tenants.get(tenant);
        return values == null ? null : values.byId.get(key(id));
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private record Stored<T>(long position, T value) {
    }

    /** One tenant's values; a replaced value keeps its place, a new one goes last. */
    private static final class Tenant<T> {

        private final Map<String, Stored<T>> byId = new LinkedHashMap<>();

        private long lastPosition;

        void store(String key, T value) {
            Stored<T> current = byId.get(key);
            byId.put(key, new Stored<>(current != null ? current.position() : ++lastPosition, value));
        }

    }

}
