package dev.b2cemulator.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Records appended to byte arrays of up to 64 KiB (a larger record gets an array of its
 * own), each addressed by one {@code long}: its array's number and its offset. A record
 * is its id's length and UTF-8 bytes, then the value's length and bytes. Records are
 * never changed or removed; whoever holds the addresses copies the live ones to a new
 * slab when too many are dead.
 */
final class RecordSlab {

    private static final int FIRST_CHUNK = 1 << 10;

    private static final int LARGEST_CHUNK = 1 << 16;

    private final List<byte[]> chunks = new ArrayList<>();

    private int used;

    private long bytes;

    static <T> byte[] record(String id, T value, Packing<T> packing) {
        try {
            byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(idBytes.length + 32);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(idBytes.length);
            out.write(idBytes);
            out.writeInt(0); // the value's length, set below
            packing.write(value, out);
            byte[] record = buffer.toByteArray();
            int valueLength = record.length - idBytes.length - 8;
            writeInt(record, idBytes.length + 4, valueLength);
            return record;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex); // a byte array does not fail
        }
    }

    long add(byte[] record) {
        byte[] last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        if (last == null || last.length - used < record.length) {
            int size = (last == null) ? FIRST_CHUNK : Math.min(last.length * 2, LARGEST_CHUNK);
            last = new byte[Math.max(size, record.length)];
            chunks.add(last);
            used = 0;
        }
        System.arraycopy(record, 0, last, used, record.length);
        long address = ((long) (chunks.size() - 1) << 32) | used;
        used += record.length;
        bytes += record.length;
        return address;
    }

    /** Copies a record of another slab into this one; its new address. */
    long copy(RecordSlab from, long address) {
        byte[] chunk = from.chunk(address);
        int offset = (int) address;
        byte[] record = new byte[length(chunk, offset)];
        System.arraycopy(chunk, offset, record, 0, record.length);
        return add(record);
    }

    String id(long address) {
        byte[] chunk = chunk(address);
        int offset = (int) address;
        return new String(chunk, offset + 4, readInt(chunk, offset), StandardCharsets.UTF_8);
    }

    <T> T value(long address, Packing<T> packing) {
        byte[] chunk = chunk(address);
        int offset = (int) address;
        int valueAt = offset + 4 + readInt(chunk, offset);
        int valueLength = readInt(chunk, valueAt);
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(chunk, valueAt + 4, valueLength));
            return packing.read(id(address), in, valueLength);
        }
        catch (IOException ex) {
            throw new IllegalStateException("A stored record does not read back: " + ex.getMessage(), ex);
        }
    }

    int length(long address) {
        return length(chunk(address), (int) address);
    }

    /** The bytes of every record added, live or not. */
    long bytes() {
        return bytes;
    }

    private byte[] chunk(long address) {
        return chunks.get((int) (address >>> 32));
    }

    private static int length(byte[] chunk, int offset) {
        int valueAt = offset + 4 + readInt(chunk, offset);
        return valueAt + 4 + readInt(chunk, valueAt) - offset;
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

}
