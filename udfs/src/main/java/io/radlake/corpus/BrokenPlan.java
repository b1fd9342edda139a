package io.radlake.corpus;

/**
 * How one record is broken, decided from (seed, index) before it is written.
 *
 * @param kind              the kind recorded in _broken_records.jsonl (after any format fallback)
 * @param keepFields        TRUNCATED_RECORD in CSV/TEXT: metadata fields kept, 1..13
 * @param cutFraction       TRUNCATED_RECORD in JSONL: where in the line to cut, 0..1
 * @param omitKey           MISSING_REQUIRED_FIELD in JSONL: drop the key instead of writing null
 * @param variant           which corrupt bytes or whitespace to use
 * @param duplicateOfIndex  DUPLICATE_ID_DIFFERENT_TEXT: corpus index of the good record whose id is reused
 */
record BrokenPlan(BrokenKind kind, int keepFields, double cutFraction, boolean omitKey, int variant,
                  long duplicateOfIndex) {
}
