package io.radlake.dataset.export;

/**
 * What was written to one export file.
 *
 * @param lines number of JSONL records (one per line)
 * @param bytes file size in bytes
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record FileDigest(long lines, long bytes, String sha256) {

    public FileDigest {
        if (lines < 0 || bytes < 0) {
            throw new IllegalArgumentException("lines and bytes must be >= 0, got: " + lines + " and " + bytes);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got: " + sha256);
        }
    }
}
