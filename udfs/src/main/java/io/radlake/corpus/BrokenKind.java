package io.radlake.corpus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deliberately malformed records, so the ingest quarantine has something to catch.
 * Each broken record is listed in {@code _broken_records.jsonl}.
 */
public enum BrokenKind {
    /**
     * The report text holds bytes that are not valid UTF-8: a line inserted near the middle of the text
     * with a Latin-1 byte (0xE9 for "é", 0xF6 for "ö") or a broken sequence (0xC3 0x28, 0xE2 0x80).
     * CSV/JSONL: inside the report_text field; Parquet: inside the report_text binary; TEXT: in the .txt file.
     */
    BAD_ENCODING,
    /**
     * CSV and TEXT manifest: the row holds only its first k metadata fields (1..13, no trailing comma, no
     * open quote) and ends with LF; TEXT writes no .txt for it. JSONL: the line stops somewhere after the
     * report_id value and before the closing brace (invalid JSON) and ends with LF. Parquet cannot hold a
     * cut row: the record becomes MISSING_REQUIRED_FIELD and is logged as that.
     */
    TRUNCATED_RECORD,
    /** patient_id missing: an empty CSV/manifest field, JSON null or an absent key, a Parquet null. */
    MISSING_REQUIRED_FIELD,
    /**
     * The record carries the report_id of an earlier good record of the same file (1..8 records back) but
     * its own, different, valid text and metadata; logged with {@code duplicate_of_record}. The first
     * records of a file have nothing to point at and fall back to another enabled kind.
     */
    DUPLICATE_ID_DIFFERENT_TEXT,
    /** Report text empty or whitespace only; TEXT format: an empty .txt file. */
    EMPTY_TEXT,
    /**
     * The report text repeated (blank line between copies) to at least 5,000,000 UTF-8 bytes; valid text.
     * Only one designated index per 1,000 reports can hold one.
     */
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
