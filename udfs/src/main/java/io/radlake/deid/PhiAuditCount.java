package io.radlake.deid;

import io.radlake.phi.PhiCategory;
import java.util.Objects;

/** How many identifiers of one category one rule replaced: the row of the PHI audit table (no PHI in it). */
public record PhiAuditCount(PhiCategory category, String rule, int count) {

    public PhiAuditCount {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        if (count < 1) {
            throw new IllegalArgumentException("audit count must be >= 1, got: " + count);
        }
    }
}
