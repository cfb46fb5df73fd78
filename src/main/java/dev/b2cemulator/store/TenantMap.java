package dev.b2cemulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * A stored value's id, compared ignoring case, and its position. The map's own key,
     * so that a stored value costs one small object beside the value: no lower-cased copy
     * of the id, no wrapper for the position (millions of keysets in a load test are held
     * on the heap, and every object of them is copied and marked by the collector). A
     * lookup makes a key with no position; equality and the hash are the id's alone.
     */
    private static final class Id {

        private final String id;

        private final long position;

        private final int hash;

        private Id(String id, long position, int hash) {
            this.id = id;
            this.position = position;
            this.hash = hash;
        }

        static Id of(String id) {
            return new Id(id, 0, caseInsensitiveHash(id));
        }

        /** The same id, to be stored at a position. */
        Id at(long position) {
            return new Id(id, position, hash);
        }

        private static int caseInsensitiveHash(String id) {
            // by code point, as String.equalsIgnoreCase compares
            int hash = 0;
            for (int i = 0; i < id.length();) {
                int codePoint = id.codePointAt(i);
                hash = 31 * hash + Character.toLowerCase(Character.toUpperCase(codePoint));
                i += Character.charCount(codePoint);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id that && id.equalsIgnoreCase(that.id);
        }

        @Override
        public int hashCode() {
            return hash;
        }

    }

    private static final class Tenant<T> {

        private final Map<Id, T> byId = new LinkedHashMap<>();

        private final Function<T, String> idOf;

        private long lastPosition;

        Tenant(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        synchronized CreateResult store(T value, int maxPerTenant, boolean replace) {
            Id id = Id.of(idOf.apply(value));
            boolean exists = byId.containsKey(id);
            if (exists && !replace) {
                return CreateResult.EXISTS;
            }
            if (exists) {
                byId.put(id, value); // the stored key, and its position, stay
                return CreateResult.REPLACED;
            }
            if (byId.size() >= maxPerTenant) {
                return CreateResult.TENANT_FULL;
            }
            byId.put(id.at(++lastPosition), value);
            return CreateResult.CREATED;
        }

        synchronized Optional<T> find(String id) {
            return Optional.ofNullable(byId.get(Id.of(id)));
        }

        synchronized Page<T> page(long position, int limit) {
            List<T> page = new ArrayList<>();
            long next = 0;
            long lastReturned = 0;
            for (Map.Entry<Id, T> entry : byId.entrySet()) {
                if (entry.getKey().position <= position) {
                    continue;
                }
                if (page.size() == limit) {
                    next = page.isEmpty() ? 0 : lastReturned;
                    break;
                }
                page.add(entry.getValue());
                lastReturned = entry.getKey().position;
            }
            return new Page<>(page, next, byId.size());
        }

        synchronized int count() {
            return byId.size();
        }

        synchronized Optional<T> update(String id, UnaryOperator<T> change) {
            Id key = Id.of(id);
            T current = byId.get(key);
            if (current == null) {
                return Optional.empty();
            }
            T changed = change.apply(current);
            byId.put(key, changed);
            return Optional.of(changed);
        }

        synchronized Optional<T> delete(String id, UnaryOperator<T> backup) {
            T removed = byId.remove(Id.of(id));
            if (removed == null) {
                return Optional.empty();
            }
            T copy = backup.apply(removed);
            if (copy != null) {
                Id copyId = Id.of(idOf.apply(copy));
                byId.remove(copyId);
                byId.put(copyId.at(++lastPosition), copy);
            }
            return Optional.of(removed);
        }

    }

}
