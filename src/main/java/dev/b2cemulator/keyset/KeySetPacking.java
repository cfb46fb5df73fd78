package dev.b2cemulator.keyset;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b2cemulator.jwk.KeyStatus;
import dev.b2cemulator.jwk.SecretMaterial;
import dev.b2cemulator.jwk.TrustFrameworkKey;
import dev.b2cemulator.store.Packing;

/**
 * A keyset in the in-memory store's bytes: nothing for a keyset without keys, and for
 * each key its members in a fixed order, private ones included (they stay in this
 * process).
 */
final class KeySetPacking implements Packing<KeySet> {

    @Override
    public String id(KeySet keySet) {
        return keySet.id();
    }

    @Override
    public void write(KeySet keySet, DataOutput out) throws IOException {
        if (keySet.keys().isEmpty()) {
            return;
        }
        out.writeInt(keySet.keys().size());
        for (TrustFrameworkKey key : keySet.keys()) {
            writeStrings(out, key.kid(), key.use(), key.kty(), key.n(), key.e(), key.x5t());
            out.writeInt(key.x5c().size());
            for (String certificate : key.x5c()) {
                writeString(out, certificate);
            }
            writeLong(out, key.nbf());
            writeLong(out, key.exp());
            writeString(out, (key.status() != null) ? key.status().name() : null);
            Map<String, String> secret = key.secret().forStorage();
            out.writeInt(secret.size());
            for (Map.Entry<String, String> member : secret.entrySet()) {
                writeStrings(out, member.getKey(), member.getValue());
            }
        }
    }

    @Override
    public KeySet read(String id, DataInput in, int length) throws IOException {
        int count = (length == 0) ? 0 : in.readInt();
        List<TrustFrameworkKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kid = readString(in);
            String use = readString(in);
            String kty = readString(in);
            String n = readString(in);
            String e = readString(in);
            String x5t = readString(in);
            List<String> x5c = new ArrayList<>();
            for (int certificates = in.readInt(); certificates > 0; certificates--) {
                x5c.add(readString(in));
            }
            Long nbf = readLong(in);
            Long exp = readLong(in);
            String status = readString(in);
            Map<String, String> secret = new LinkedHashMap<>();
            for (int members = in.readInt(); members > 0; members--) {
                secret.put(readString(in), readString(in));
            }
            keys.add(new TrustFrameworkKey(kid, use, kty, n, e, x5c, x5t, nbf, exp,
                    (status != null) ? KeyStatus.valueOf(status) : null, SecretMaterial.fromStorage(secret)));
        }
        return new KeySet(id, keys);
    }

    private static void writeStrings(DataOutput out, String... values) throws IOException {
        for (String value : values) {
            writeString(out, value);
        }
    }

    // length-prefixed UTF-8 (writeUTF stops at 64 KiB), -1 for null
    private static void writeString(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeLong(DataOutput out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    private static Long readLong(DataInput in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }

}
