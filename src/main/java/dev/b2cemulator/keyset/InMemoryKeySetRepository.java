package dev.b2cemulator.keyset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Keysets in memory: one insertion-ordered map per tenant, each guarded by its own lock,
 * so tenants never wait on each other and every change is check-and-write in one step.
 * Each set carries a position (its creation number) so that paging goes on from the right
 * place even when sets are deleted in between.
 */
class InMemoryKeySetRepository implements KeySetRepository {

    private final Map<String, TenantKeySets> tenants = new ConcurrentHashMap<>();

    @Override
    public CreateResult create(String tenant, KeySet keySet, int maxPerTenant) {
        return tenant(tenant).create(keySet, maxPerTenant);
    }

    @Override
    public Optional<KeySet> find(String tenant, String id) {
        return tenant(tenant).find(id);
    }

    @Override
    public Page findPage(String tenant, long position, int limit) {
        return tenant(tenant).page(position, limit);
    }

    @Override
    public int count(String tenant) {
        return tenant(tenant).count();
    }

    @Override
    public Optional<KeySet> update(String tenant, String id, UnaryOperator<KeySet> change) {
        return tenant(tenant).update(id, change);
    }

    @Override
    public Optional<KeySet> delete(String tenant, String id, UnaryOperator<KeySet> backup) {
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

    /** The tenants that have (or had) sets. */
    Set<String> tenants() {
        return Set.copyOf(tenants.keySet());
    }

    private TenantKeySets tenant(String tenant) {
        return tenants.computeIfAbsent(tenant, t -> new TenantKeySets());
    }

    private record Positioned(long position, KeySet keySet) {
    }

    private static final class TenantKeySets {

        private final Map<String, Positioned> byLowerCaseId = new LinkedHashMap<>();

        private long lastPosition;

        synchronized CreateResult create(KeySet keySet, int maxPerTenant) {
            if (byLowerCaseId.containsKey(key(keySet.id()))) {
                return CreateResult.EXISTS;
            }
            if (byLowerCaseId.size() >= maxPerTenant) {
                return CreateResult.TENANT_FULL;
            }
            byLowerCaseId.put(key(keySet.id()), new Positioned(++lastPosition, keySet));
            return CreateResult.CREATED;
        }

        synchronized Optional<KeySet> find(String id) {
            return Optional.ofNullable(byLowerCaseId.get(key(id))).map(Positioned::keySet);
        }

        synchronized Page page(long position, int limit) {
            List<KeySet> page = new ArrayList<>();
            long next = 0;
            for (Positioned entry : byLowerCaseId.values()) {
                if (entry.position() <= position) {
                    continue;
                }
                if (page.size() == limit) {
                    next = page.isEmpty() ? 0 : lastReturned(page);
                    break;
                }
                page.add(entry.keySet());
            }
            return new Page(page, next, byLowerCaseId.size());
        }

        private long lastReturned(List<KeySet> page) {
            return byLowerCaseId.get(key(page.get(page.size() - 1).id())).position();
        }

        synchronized int count() {
            return byLowerCaseId.size();
        }

        synchronized Optional<KeySet> update(String id, UnaryOperator<KeySet> change) {
            Positioned current = byLowerCaseId.get(key(id));
            if (current == null) {
                return Optional.empty();
            }
            KeySet changed = change.apply(current.keySet());
            byLowerCaseId.put(key(id), new Positioned(current.position(), changed));
            return Optional.of(changed);
        }

        synchronized Optional<KeySet> delete(String id, UnaryOperator<KeySet> backup) {
            Positioned removed = byLowerCaseId.remove(key(id));
            if (removed == null) {
                return Optional.empty();
            }
            KeySet copy = backup.apply(removed.keySet());
            if (copy != null) {
                byLowerCaseId.remove(key(copy.id()));
                byLowerCaseId.put(key(copy.id()), new Positioned(++lastPosition, copy));
            }
            return Optional.of(removed.keySet());
        }

        private static String key(String id) {
            return id.toLowerCase(Locale.ROOT);
        }

    }

}
