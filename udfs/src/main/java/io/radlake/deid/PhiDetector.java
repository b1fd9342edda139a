package io.radlake.deid;

import java.util.List;

/**
 * Finds identifiers in one report text. Implementations are immutable and thread-safe: one instance per JVM is
 * shared by every task of an executor.
 */
public interface PhiDetector {

    /**
     * @return findings sorted by start, non-overlapping, offsets into {@code text}
     * @throws RuntimeException when the text cannot be analysed; callers quarantine the report (fail closed)
     */
    List<PhiFinding> detect(String text);
}
