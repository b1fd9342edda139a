package io.radlake.deid;

import java.util.List;
import java.util.Objects;

/**
 * One redacted text and what was replaced in it.
 *
 * @param auditCounts one entry per (category, rule) that occurred, sorted by category then rule
 */
public record Redaction(String text, List<PhiAuditCount> auditCounts) {

    public Redaction {
        Objects.requireNonNull(text, "text");
        auditCounts = List.copyOf(auditCounts);
    }
}
