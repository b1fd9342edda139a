package io.radlake.corpus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deliberately malformed records, so the ingest quarantine has something to catch.
 * Each broken record is listed in {@code broken_records.jsonl}.
 */
public enum BrokenKind {
    /** Report text holds bytes that are not valid UTF-8 (a Latin-1 byte, or 0xC3 0x28). */
    BAD_ENCODING,
    /** Row cut after k metadata fields (CSV, TEXT manifest) or mid-object (JSONL); Parquet falls back. */
    TRUNCATED_RECORD,
    /** patient_id empty (CSV), null or absent (JSONL), null (Parquet). */
    MISSING_REQUIRED_FIELD,
    /** Reuses the report_id of an earlier good record of the same file, with a different valid text. */
    DUPLICATE_ID_DIFFERENT_TEXT,
    /** Report text empty or whitespace only. */
    EMPTY_TEXT,
    /** About 5 MB of valid text; at most one per 1,000 reports. */
    OVERSIZED_TEXT;

    /** Parses a comma-separated list such as {@code "EMPTY_TEXT, bad_encoding"}; blank means all kinds. */
    public static Set<BrokenKind> parseList(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.allOf(BrokenKind.class);
        }
        EnumSet<BrokenKind> kinds = EnumSet.noneOf(BrokenKind.class);
        for (String part : text.split(",")) {
            String wanted = part.trim().toUpperCase(Locale.ROOT);
            kinds.add(Arrays.stream(values())
                    .filter(kind -> kind.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("broken kind must be one of "
                            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                            + ", got: " + part.trim())));
        }
        return kinds;
    }
}
