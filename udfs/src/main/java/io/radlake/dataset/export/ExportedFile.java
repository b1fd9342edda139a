package io.radlake.dataset.export;

import java.util.Objects;

/**
 * One data file of an export, as listed in the manifest.
 *
 * @param path file name relative to the export folder, e.g. {@code train.chat.jsonl}
 * @param split the split it holds
 * @param format its format
 * @param count number of examples (lines)
 * @param bytes file size
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record ExportedFile(String path, String split, ExportFormat format, long count, long bytes, String sha256) {

    public ExportedFile {
        Objects.requireNonNull(format, "format must not be null");
        if (path == null || !path.equals(format.fileName(split))) {
            throw new IllegalArgumentException("path must be " + format.fileName(split) + " for split " + split
                    + " in format " + format.id() + ", got: " + path);
        }
        new FileDigest(count, bytes, sha256); // same range and hex checks
    }

    public static ExportedFile of(String split, ExportFormat format, FileDigest digest) {
        return new ExportedFile(format.fileName(split), split, format, digest.lines(), digest.bytes(), digest.sha256());
    }
}
