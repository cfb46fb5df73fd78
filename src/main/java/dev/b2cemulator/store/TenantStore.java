package dev.b2cemulator.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Named values of one kind (keysets, policies) per tenant, in creation order. Ids match
 * case-insensitively and keep the case they were stored with. Implementations are
 * thread-safe and every method is atomic.
 *
 * @param <T> the kind of value; each carries its own id
 */
public interface TenantStore<T> {

    /**
     * Stores the value unless the tenant already has one with its id, or already holds
     * {@code maxPerTenant} values; says which.
     */
    CreateResult create(String tenant, T value, int maxPerTenant);

    /**
     * Stores the value, replacing the one with its id in place (its position in the order
     * kept, its id's case taken from the new value), or adding it at the end; says which.
     * Refuses a new id beyond {@code maxPerTenant}.
     */
    CreateResult put(String tenant, T value, int maxPerTenant);

    Optional<T> find(String tenant, String id);

    /**
     * Up to {@code limit} values stored after {@code position} (0: from the start), with
     * the position to go on from when more remain.
     */
    Page<T> findPage(String tenant, long position, int limit);

    int count(String tenant);

    /**
     * Replaces the value by {@code change(value)}, which may throw to refuse the change
     * (then nothing changes); it keeps its id and its place in the order. Empty when
     * there is no such value.
     */
    Optional<T> update(String tenant, String id, UnaryOperator<T> change);

    /**
     * Removes the value and, in the same step, stores {@code backup(removed)} when that
     * is not null, replacing a value with the backup's id. Empty when there is no such
     * value.
     */
    Optional<T> delete(String tenant, String id, UnaryOperator<T> backup);

    /** Forgets every value of every tenant. */
    void clear();

    /** Forgets every value of one tenant. */
    void clear(String tenant);

    /** The tenants that hold (or held) values. */
    Set<String> tenants();

    /** {@code REPLACED} only from {@link #put}. */
    enum CreateResult {

        CREATED, REPLACED, EXISTS, TENANT_FULL

    }

    /** A page of values; {@code nextPosition} is 0 on the last page. */
    record Page<T>(List<T> items, long nextPosition, int total) {
    }

}
