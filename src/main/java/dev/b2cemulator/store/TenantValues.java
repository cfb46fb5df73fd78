package dev.b2cemulator.store;

import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.b2cemulator.store.TenantStore.CreateResult;
import dev.b2cemulator.store.TenantStore.Page;

/**
 * One tenant's values, for {@link TenantMap}: each method is atomic and has the meaning
 * of the {@link TenantStore} method it serves.
 */
interface TenantValues<T> {

    CreateResult store(T value, int maxPerTenant, boolean replace);

    Optional<T> find(String id);

    Page<T> page(long position, int limit);

    int count();

    Optional<T> update(String id, UnaryOperator<T> change);

    Optional<T> delete(String id, UnaryOperator<T> backup);

}
