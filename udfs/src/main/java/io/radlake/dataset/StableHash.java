package io.radlake.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A keyed 64-bit hash that is the same on every JVM, locale and platform, and easy to reproduce outside Java:
 * the first 8 bytes (big-endian) of SHA-256 over
 * {@code int32 len(purpose) | purpose UTF-8 | int64 seed | int32 len(key) | key UTF-8} (lengths and seed
 * big-endian). The purpose keeps different decisions (template choice, split) independent for the same key and
 * seed. {@link String#hashCode} is not used: it is 32 bits and clusters for similar keys.
 */
public final class StableHash {

    private StableHash() {
    }

    /** The hash of {@code key} for {@code purpose} under {@code seed}. */
    public static long of(String purpose, long seed, String key) {
        if (purpose == null || key == null) {
            throw new IllegalArgumentException("purpose and key must not be null");
        }
        byte[] purposeBytes = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(4 + purposeBytes.length + 8 + 4 + keyBytes.length);
        buffer.putInt(purposeBytes.length).put(purposeBytes).putLong(seed).putInt(keyBytes.length).put(keyBytes);
        byte[] digest = sha256().digest(buffer.array());
        return ByteBuffer.wrap(digest, 0, 8).getLong();
    }

    /** The hash mapped uniformly to [0, 1) (its top 53 bits). */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound) from the hash (unsigned remainder; the bias is below 2^-40 for small bounds). */
    public static int index(long hash, int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be >= 1, got: " + bound);
        }
        return (int) Long.remainderUnsigned(hash, bound);
    }

    private static MessageDigest sha256() {
        try {
            // A fresh digest per call: MessageDigest is neither thread-safe nor serializable, and it is cheap to get.
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
