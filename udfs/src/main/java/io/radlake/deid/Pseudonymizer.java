package io.radlake.deid;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * Keyed pseudonyms and derivations: HMAC-SHA256 with the {@link DeidSecret} over a purpose label and
 * length-prefixed parts, so ("ab", "c") and ("a", "bc") never collide and one purpose never reproduces another's
 * values. Without the key nobody can map a pseudonym back, or even check a guessed identifier against it.
 * Thread-safe: each thread gets its own Mac.
 */
public final class Pseudonymizer {

    /** Hex digits after the prefix: 96 bits, collision-free for any realistic number of patients. */
    public static final int KEY_HEX_DIGITS = 24;

    private final DeidSecret secret;
    private final ThreadLocal<Mac> macs;

    public Pseudonymizer(DeidSecret secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.macs = ThreadLocal.withInitial(secret::newMac);
    }

    public DeidSecret secret() {
        return secret;
    }

    /** "p_" and 24 lowercase hex digits; the same id always gives the same key under one secret. */
    public String patientKey(String patientId) {
        return "p_" + hex(mac("patient-key", required(patientId, "patientId")), KEY_HEX_DIGITS);
    }

    /** "r_" and 24 lowercase hex digits. */
    public String reportKey(String reportId) {
        return "r_" + hex(mac("report-key", required(reportId, "reportId")), KEY_HEX_DIGITS);
    }

    /**
     * 64 keyed pseudo-random bits for {@code purpose} and {@code parts}: the building block of per-patient date
     * offsets and surrogate choices.
     */
    public long derive(String purpose, String... parts) {
        return ByteBuffer.wrap(mac(purpose, parts)).getLong();
    }

    /** The full 32-byte HMAC over the purpose label and the length-prefixed UTF-8 parts. */
    byte[] mac(String purpose, String... parts) {
        Objects.requireNonNull(purpose, "purpose");
        Mac mac = macs.get();
        updateWithPart(mac, purpose);
        for (String part : parts) {
            updateWithPart(mac, Objects.requireNonNull(part, "part"));
        }
        return mac.doFinal();
    }

    private static void updateWithPart(Mac mac, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        mac.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        mac.update(bytes);
    }

    private static String hex(byte[] bytes, int digits) {
        return HexFormat.of().formatHex(bytes, 0, digits / 2);
    }

    private static String required(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Pseudonymizer[" + secret + "]";
    }
}
