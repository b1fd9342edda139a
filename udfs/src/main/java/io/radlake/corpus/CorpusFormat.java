package io.radlake.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Output layouts the ingest job reads. */
public enum CorpusFormat {
    /** {@code reports-00000.csv}: RFC 4180 with a header row. */
    CSV("csv"),
    /** {@code reports-00000.jsonl}: one JSON object per line. */
    JSONL("jsonl"),
    /** {@code reports-00000.parquet}: snappy-compressed Parquet. */
    PARQUET("parquet"),
    /** {@code reports/<id>.txt} plus {@code manifest-00000.csv}. */
    TEXT("csv");

    private final String extension;

    CorpusFormat(String extension) {
        this.extension = extension;
    }

    /** File name of data shard {@code shard}: the report files, or the manifest for TEXT. */
    public String shardFileName(int shard) {
        String stem = this == TEXT ? "manifest-" : "reports-";
        return stem + ShardNames.fiveDigits(shard) + "." + extension;
    }

    /** Case-insensitive parse for command lines. */
    public static CorpusFormat parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (CorpusFormat format : values()) {
            if (format.name().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                + ", got: " + text);
    }
}
