package io.radlake.deid;

import java.util.List;
import java.util.Objects;

/**
 * One de-identified report.
 *
 * @param findings    what was replaced, as offsets into the original text (no identifier text)
 * @param auditCounts per (category, rule), sorted by category then rule
 */
public record DeidResult(String text, List<PhiFinding> findings, List<PhiAuditCount> auditCounts) {

    public DeidResult {
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
        auditCounts = List.copyOf(auditCounts);
    }
}
