package io.radlake.deid;

import io.radlake.phi.PhiCategory;

import java.util.Objects;

/**
 * One identifier found in a report: characters {@code [start, end)} of the original text (UTF-16 indices), its
 * category and the rule or dictionary that found it. Never holds the identifier text itself, so findings can be
 * logged, counted and audited.
 *
 * @param rule short stable name of the rule ("date.mdy-slash", "name.after-title", "dict.last-name"), used in the
 *             PHI audit table
 */
public record PhiFinding(PhiCategory category, int start, int end, String rule) {

    public PhiFinding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "PHI finding must satisfy 0 <= start < end, got: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
