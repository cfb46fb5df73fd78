package dev.b2cemulator.keyset;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keysets per tenant, in creation order. Ids match case-insensitively and keep the case
 * they were created with. Implementations are thread-safe; every method is atomic.
 */
public interface KeySetRepository {

    /**
     * Stores the set unless the tenant already has one with that id, or already holds
     * {@code maxPerTenant} sets; says which.
     */
    CreateResult create(String tenant, KeySet keySet, int maxPerTenant);

    Optional<KeySet> find(String tenant, String id);

    /**
     * Up to {@code limit} sets created after {@code position} (0: from the start), with
     * the position to go on from when more remain.
     */
    Page findPage(String tenant, long position, int limit);

    int count(String tenant);

    /**
     * Replaces the set by {@code change(set)}, which may throw to refuse the change (then
     * nothing changes); the set keeps its id and its place in the order. Empty when there
     * is no such set.
     */
    Optional<KeySet> update(String tenant, String id, UnaryOperator<KeySet> change);

    /**
     * Removes the set and, in the same step, stores {@code backup(removed)} when that is
     * not null, replacing a set with the backup's id. Empty when there is no such set.
     */
    Optional<KeySet> delete(String tenant, String id, UnaryOperator<KeySet> backup);

    /** Forgets every set of every tenant. */
    void clear();

    /** Forgets every set of one tenant. */
    void clear(String tenant);

    enum CreateResult {

        CREATED, EXISTS, TENANT_FULL

    }

    /** A page of sets; {@code nextPosition} is 0 on the last page. */
    record Page(List<KeySet> keySets, long nextPosition, int total) {
    }

}
