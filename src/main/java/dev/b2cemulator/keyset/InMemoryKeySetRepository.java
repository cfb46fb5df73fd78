package dev.b2cemulator.keyset;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/**
 * Keysets in memory: one insertion-ordered map per tenant (creation order is the list order), each guarded by
 * its own lock, so tenants never wait on each other and a create is check-and-put in one step.
 */
@Repository
class InMemoryKeySetRepository implements KeySetRepository {

    private final Map<String, TenantKeySets> tenants = new ConcurrentHashMap<>();

    @Override
    public boolean create(String tenant, KeySet keySet) {
        return tenants.computeIfAbsent(tenant, t -> new TenantKeySets()).createIfAbsent(keySet);
    }

    @Override
    public Optional<KeySet> find(String tenant, String id) {
        TenantKeySets sets = tenants.get(tenant);
        return sets == null ? Optional.empty() : sets.find(id);
    }

    private static final class TenantKeySets {

        private final Map<String, KeySet> byLowerCaseId = new LinkedHashMap<>();

        synchronized boolean createIfAbsent(KeySet keySet) {
            return byLowerCaseId.putIfAbsent(key(keySet.id()), keySet) == null;
        }

        synchronized Optional<KeySet> find(String id) {
            return Optional.ofNullable(byLowerCaseId.get(key(id)));
        }

        private static String key(String id) {
            return id.toLowerCase(Locale.ROOT);
        }

    }

}
