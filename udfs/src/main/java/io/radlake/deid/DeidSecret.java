package io.radlake.deid;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key behind pseudonyms, date offsets and surrogates. Read from the environment (never from the command
 * line, where it would end up in shell history and process listings). {@link #toString()} shows only a short
 * fingerprint, so a secret that reaches a log reveals nothing.
 *
 * <p>Serializable so a Spark job can ship it to executors inside a closure or broadcast.
 */
public final class DeidSecret implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Environment variable holding the secret itself. */
    public static final String ENV_SECRET = "RADLAKE_DEID_SECRET";
    /** Environment variable holding the path of a file whose content is the secret. */
    public static final String ENV_SECRET_FILE = "RADLAKE_DEID_SECRET_FILE";
    /** Shortest accepted secret: the HMAC-SHA256 block of security. */
    public static final int MIN_BYTES = 32;

    static final String HMAC_ALGORITHM = "HmacSHA256";

    private static final String HOW_TO_PROVIDE = "set " + ENV_SECRET_FILE + " to a file holding at least " + MIN_BYTES
            + " bytes (for example: head -c 48 /dev/urandom | base64 > deid.key; chmod 600 deid.key), or "
            + ENV_SECRET + " to a value of at least " + MIN_BYTES + " bytes of UTF-8; "
            + "the secret is never accepted on the command line";

    private final byte[] key;
    private final boolean throwaway;
    private final String fingerprint;

    private DeidSecret(byte[] key, boolean throwaway) {
        this.key = key.clone();
        this.throwaway = throwaway;
        this.fingerprint = HexFormat.of().formatHex(
                newMac().doFinal("radlake-fingerprint".getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    /**
     * Reads the secret from {@value #ENV_SECRET} or from the file named by {@value #ENV_SECRET_FILE} (one trailing
     * newline, LF or CRLF, is trimmed). Empty values count as unset.
     *
     * @param env usually {@code System.getenv()}
     * @throws IllegalStateException when neither or both are set, the file cannot be read, or the secret is shorter
     *                               than {@value #MIN_BYTES} bytes; the message never contains the secret
     */
    public static DeidSecret fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String value = emptyToNull(env.get(ENV_SECRET));
        String file = emptyToNull(env.get(ENV_SECRET_FILE));
        if (value != null && file != null) {
            throw new IllegalStateException("both " + ENV_SECRET + " and " + ENV_SECRET_FILE
                    + " are set; set exactly one of them (" + ENV_SECRET_FILE + " is preferred)");
        }
        if (value == null && file == null) {
            throw new IllegalStateException("no de-identification secret: " + HOW_TO_PROVIDE);
        }
        if (value != null) {
            return checked(value.getBytes(StandardCharsets.UTF_8), ENV_SECRET);
        }
        return checked(trimTrailingNewline(readFile(file)), ENV_SECRET_FILE + " (" + file + ")");
    }

    /** A random secret for demos and tests: pseudonyms change on every run, so never use it for real data. */
    public static DeidSecret throwaway() {
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        return new DeidSecret(key, true);
    }

    public boolean isThrowaway() {
        return throwaway;
    }

    /**
     * First 8 hex digits of HMAC(key, "radlake-fingerprint"): identifies which key a run used (record it with the
     * run's outputs) without revealing anything usable about the key.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** A fresh HMAC-SHA256 instance keyed with this secret (Mac instances are not thread-safe). */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(key, HMAC_ALGORITHM));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(HMAC_ALGORITHM + " is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "DeidSecret[fingerprint=" + fingerprint + (throwaway ? ", throwaway" : "") + "]";
    }

    private static DeidSecret checked(byte[] key, String source) {
        if (key.length < MIN_BYTES) {
            int length = key.length;
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException("the de-identification secret from " + source + " must be at least "
                    + MIN_BYTES + " bytes of UTF-8, got " + length + " bytes; " + HOW_TO_PROVIDE);
        }
        DeidSecret secret = new DeidSecret(key, false);
        Arrays.fill(key, (byte) 0);
        return secret;
    }

    private static byte[] readFile(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            // The exception class says enough (NoSuchFile, AccessDenied); its message could quote file content.
            throw new IllegalStateException("cannot read " + ENV_SECRET_FILE + " (" + file + "): "
                    + e.getClass().getSimpleName() + "; " + HOW_TO_PROVIDE);
        }
    }

    private static byte[] trimTrailingNewline(byte[] content) {
        int n = content.length;
        if (n > 0 && content[n - 1] == '\n') {
            n--;
            if (n > 0 && content[n - 1] == '\r') {
                n--;
            }
        }
        if (n == content.length) {
            return content;
        }
        byte[] trimmed = Arrays.copyOf(content, n);
        Arrays.fill(content, (byte) 0);
        return trimmed;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
