package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.util.Objects;

/**
 * One planted identifier: characters {@code [start, end)} of the report text (Java String indices, UTF-16).
 */
public record PhiSpan(PhiCategory category, int start, int end) {

    public PhiSpan {
        Objects.requireNonNull(category, "category");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "PHI span must satisfy 0 <= start < end, got: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    PhiSpan shiftedBy(int offset) {
        return new PhiSpan(category, start + offset, end + offset);
    }
}
