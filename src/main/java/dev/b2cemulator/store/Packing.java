package dev.b2cemulator.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * How a value is written to bytes and read back, for
 * {@link TenantMap#TenantMap(Packing)}. The id is kept apart (the store compares it), so
 * a value writes and reads everything else.
 *
 * @param <T> the kind of value
 */
public interface Packing<T> {

    String id(T value);

    /** Writes everything but the id; nothing at all is fine. */
    void write(T value, DataOutput out) throws IOException;

    /** Reads what {@link #write} wrote, {@code length} bytes, and rebuilds the value. */
    T read(String id, DataInput in, int length) throws IOException;

}
