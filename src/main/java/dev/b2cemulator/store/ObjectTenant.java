package dev.b2cemulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.b2cemulator.store.TenantStore.CreateResult;
import dev.b2cemulator.store.TenantStore.Page;

/**
 * One tenant's values as objects in an insertion-ordered map: for values that are few and
 * large (policies), where a copy per read would cost more than the objects.
 */
final class ObjectTenant {

    private ObjectTenant() {
    }

    /**
     * A stored value's id, compared ignoring case, and its position. The map's own key,
     * so that a stored value costs one small object beside the value: no lower-cased copy
     * of the id, no wrapper for the position (millions of keysets in a load test are held
     * on the heap, and every object of them is copied and marked by the collector). A
     * lookup makes a key with no position; equality and the hash are the id's alone.
     */
    static final class Id {

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

        static int caseInsensitiveHash(String id) {
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

    static final class Tenant<T> implements TenantValues<T> {

        private final Map<Id, T> byId = new LinkedHashMap<>();

        private final Function<T, String> idOf;

        private long lastPosition;

        Tenant(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        @Override
        public synchronized CreateResult store(T value, int maxPerTenant, boolean replace) {
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

        @Override
        public synchronized Optional<T> find(String id) {
            return Optional.ofNullable(byId.get(Id.of(id)));
        }

        @Override
        public synchronized Page<T> page(long position, int limit) {
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

        @Override
        public synchronized int count() {
            return byId.size();
        }

        @Override
        public synchronized Optional<T> update(String id, UnaryOperator<T> change) {
            Id key = Id.of(id);
            T current = byId.get(key);
            if (current == null) {
                return Optional.empty();
            }
            T changed = change.apply(current);
            byId.put(key, changed);
            return Optional.of(changed);
        }

        @Override
        public synchronized Optional<T> delete(String id, UnaryOperator<T> backup) {
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
