package dev.b2cemulator.store;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A {@link TenantStore} in memory: one store per tenant, each guarded by its own lock, so
 * tenants never wait on each other and every change is check-and-write in one step. Each
 * value carries a position (its creation number) so that paging goes on from the right
 * place even when values are deleted in between. Values are kept as objects, or packed
 * into bytes.
 *
 * @param <T> the kind of value
 */
public class TenantMap<T> implements TenantStore<T> {

    private final Map<String, TenantValues<T>> tenants = new ConcurrentHashMap<>();

    private final Supplier<TenantValues<T>> newTenant;

    /** Values kept as the objects they are. */
    public TenantMap(Function<T, String> idOf) {
        this(() -> new ObjectTenant.Tenant<>(idOf));
    }

    private TenantMap(Supplier<TenantValues<T>> newTenant) {
        this.newTenant = newTenant;
    }

    /**
     * Values kept packed in large byte arrays, a copy made on each read: for values held
     * by the million (keysets in a load test), which as objects would cost the collector
     * a pause of a second per half gigabyte of them (docs/PERFORMANCE.md).
     */
    public TenantMap(Packing<T> packing) {
        this(() -> new PackedTenant<>(packing));
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

    private TenantValues<T> tenant(String tenant) {
        return tenants.computeIfAbsent(tenant, t -> newTenant.get());
    }

}
