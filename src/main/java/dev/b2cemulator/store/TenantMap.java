package dev.b2cemulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A {@link TenantStore} in memory: one insertion-ordered map per tenant, each guarded by
 * its own lock, so tenants never wait on each other and every change is check-and-write
 * in one step. Each value carries a position (its creation number) so that paging goes on
 * from the right place even when values are deleted in between.
 *
 * @param <T> the kind of value
 */
public class TenantMap<T> implements TenantStore<T> {

    private final Map<String, Tenant<T>> tenants = new ConcurrentHashMap<>();

    private final Function<T, String> idOf;

    public TenantMap(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    @Override
    public CreateResult create(String tenant, T value, int maxPerTenant) {
        return tenant(tenant).store(value, maxPerTenant, false);
    }

    @Override
    public CreateResult put(String tenant, T value, int maxPerTenant) {
        return tenant(tenant).store(value, maxPerTenant, true);
    }

    @Override
    public Optional<T> find(String tenant, String id) {
        return tenant(tenant).find(id);
    }

    @Override
    public Page<T> findPage(String tenant, long position, int limit) {
        return tenant(tenant).page(position, limit);
    }

    @Override
    public int count(String tenant) {
        return tenant(tenant).count();
    }

    @Override
    public Optional<T> update(String tenant, String id, UnaryOperator<T> change) {
        return tenant(tenant).update(id, change);
    }

    @Override
    public Optional<T> delete(String tenant, String id, UnaryOperator<T> backup) {
        return tenant(tenant).delete(id, backup);
    }

    @Override
    public void clear() {
        tenants.clear();
    }

    @Override
    public void clear(String tenant) {
        tenants.remove(tenant);
    }

    @Override
    public Set<String> tenants() {
        return Set.copyOf(tenants.keySet());
    }

    private Tenant<T> tenant(String tenant) {
        return tenants.computeIfAbsent(tenant, t -> new Tenant<>(idOf));
    }

    private record Positioned<T>(long position, T value) {
    }

    private static final class Tenant<T> {

        private final Map<String, Positioned<T>> byLowerCaseId = new LinkedHashMap<>();

        private final Function<T, String> idOf;

        private long lastPosition;

        Tenant(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        synchronized CreateResult store(T value, int maxPerTenant, boolean replace) {
            Positioned<T> current = byLowerCaseId.get(key(value));
            if (current != null && !replace) {
                return CreateResult.EXISTS;
            }
            if (current != null) {
                byLowerCaseId.put(key(value), new Positioned<>(current.position(), value));
                return CreateResult.REPLACED;
            }
            if (byLowerCaseId.size() >= maxPerTenant) {
                return CreateResult.TENANT_FULL;
            }
            byLowerCaseId.put(key(value), new Positioned<>(++lastPosition, value));
            return CreateResult.CREATED;
        }

        synchronized Optional<T> find(String id) {
            return Optional.ofNullable(byLowerCaseId.get(lower(id))).map(Positioned::value);
        }

        synchronized Page<T> page(long position, int limit) {
            List<T> page = new ArrayList<>();
            long next = 0;
            long lastReturned = 0;
            for (Positioned<T> entry : byLowerCaseId.values()) {
                if (entry.position() <= position) {
                    continue;
                }
                if (page.size() == limit) {
                    next = page.isEmpty() ? 0 : lastReturned;
                    break;
                }
                page.add(entry.value());
                lastReturned = entry.position();
            }
            return new Page<>(page, next, byLowerCaseId.size());
        }

        synchronized int count() {
            return byLowerCaseId.size();
        }

        synchronized Optional<T> update(String id, UnaryOperator<T> change) {
            Positioned<T> current = byLowerCaseId.get(lower(id));
            if (current == null) {
                return Optional.empty();
            }
            T changed = change.apply(current.value());
            byLowerCaseId.put(lower(id), new Positioned<>(current.position(), changed));
            return Optional.of(changed);
        }

        synchronized Optional<T> delete(String id, UnaryOperator<T> backup) {
            Positioned<T> removed = byLowerCaseId.remove(lower(id));
            if (removed == null) {
                return Optional.empty();
            }
            T copy = backup.apply(removed.value());
            if (copy != null) {
                byLowerCaseId.remove(key(copy));
                byLowerCaseId.put(key(copy), new Positioned<>(++lastPosition, copy));
            }
            return Optional.of(removed.value());
        }

        private String key(T value) {
            return lower(idOf.apply(value));
        }

        private static String lower(String id) {
            return id.toLowerCase(Locale.ROOT);
        }

    }

}
