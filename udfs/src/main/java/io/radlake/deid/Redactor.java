package io.radlake.deid;

import io.radlake.phi.PhiCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces the findings of one report: with tags or surrogates (see {@link DeidMode}), dates always shifted per
 * patient. Findings are validated first and bad ones fail the whole report (fail closed). Immutable and thread-safe.
 */
public final class Redactor {

    private static final Comparator<PhiAuditCount> AUDIT_ORDER =
            Comparator.comparing(PhiAuditCount::category).thenComparing(PhiAuditCount::rule);

    private static final int MAX_ROUNDS = 8;

    private final DeidMode mode;
    private final DateShifter dateShifter;
    private final SurrogateGenerator surrogates;

    public Redactor(DeidMode mode, DateShifter dateShifter, SurrogateGenerator surrogates) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.dateShifter = Objects.requireNonNull(dateShifter, "dateShifter");
        this.surrogates = Objects.requireNonNull(surrogates, "surrogates");
    }

    /** A redactor with US date order and the built-in surrogate lists. */
    public static Redactor create(DeidMode mode, Pseudonymizer pseudonymizer) {
        return new Redactor(mode, new DateShifter(pseudonymizer), new SurrogateGenerator(pseudonymizer));
    }

    public DeidMode mode() {
        return mode;
    }

    /**
     * The text with every finding replaced, and per-(category, rule) counts.
     *
     * @param findings sorted by start, non-overlapping, inside {@code text}
     * @throws IllegalArgumentException when findings are out of order, overlap or reach past the text, or an
     *                                  argument is null; the message holds offsets only, never text
     */
    public Redaction redact(String text, List<PhiFinding> findings, String patientId) {
        if (text == null || findings == null || patientId == null) {
            throw new IllegalArgumentException("text, findings and patientId must not be null");
        }
        validate(findings, text.length());
        StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
        Map<PhiCategory, Map<String, Integer>> counts = new LinkedHashMap<>();
        int position = 0;
        ReportIdentifiers originals = mode == DeidMode.SURROGATES ? new ReportIdentifiers(text, findings) : null;
        for (PhiFinding finding : findings) {
            out.append(text, position, finding.start());
            String original = text.substring(finding.start(), finding.end());
            out.append(originals == null ? replacement(finding.category(), original, patientId)
                    : surrogateAvoiding(finding.category(), original, patientId, originals));
            position = finding.end();
            counts.computeIfAbsent(finding.category(), c -> new LinkedHashMap<>()).merge(finding.rule(), 1, Integer::sum);
        }
        out.append(text, position, text.length());
        List<PhiAuditCount> audit = new ArrayList<>();
        counts.forEach((category, byRule) -> byRule.forEach(
                (rule, count) -> audit.add(new PhiAuditCount(category, rule, count))));
        audit.sort(AUDIT_ORDER);
        return new Redaction(out.toString(), audit);
    }

    /** What one identifier of {@code category} becomes in this mode, for a report of {@code patientId}. */
    public String replacement(PhiCategory category, String original, String patientId) {
        if (category == null || original == null || patientId == null) {
            throw new IllegalArgumentException("category, original and patientId must not be null");
        }
        if (category == PhiCategory.DATE) {
            if (mode == DeidMode.TAGS) {
                return dateShifter.shiftIso(original, patientId).map(iso -> "[DATE " + iso + "]").orElse("[DATE]");
            }
            return dateShifter.shiftText(original, patientId).orElse("[DATE]");
        }
        if (mode == DeidMode.SURROGATES) {
            return surrogates.surrogate(category, original, patientId);
        }
        if (category == PhiCategory.AGE) {
            return "90+".equals(surrogates.surrogate(PhiCategory.AGE, original, patientId)) ? "[AGE 90+]" : "[AGE]";
        }
        return "[" + category.name() + "]";
    }

    /**
     * A surrogate that repeats none of the report's own identifiers: a draw that would write another identifier
     * of the same report back into the text (one patient's surrogate "Lee" next to a real Dr. Lee) is replaced
     * by the next round's draw, and after {@value #MAX_ROUNDS} rounds by the tag. Such a report's surrogate then
     * differs from the patient's usual one; that is the price of never printing a real identifier. Shifted
     * dates are kept: the shift is what keeps intervals true.
     */
    private String surrogateAvoiding(PhiCategory category, String original, String patientId,
                                     ReportIdentifiers originals) {
        if (category == PhiCategory.DATE) {
            return replacement(category, original, patientId);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String candidate = surrogates.surrogate(category, original, patientId, round);
            if (!originals.repeatedIn(candidate, category)) {
                return candidate;
            }
        }
        return "[" + category.name() + "]";
    }

    private static void validate(List<PhiFinding> findings, int textLength) {
        int previousEnd = 0;
        for (int i = 0; i < findings.size(); i++) {
            PhiFinding finding = findings.get(i);
            if (finding == null) {
                throw new IllegalArgumentException("finding " + i + " is null");
            }
            if (finding.start() < previousEnd) {
                throw new IllegalArgumentException("findings must be sorted by start and must not overlap: finding "
                        + i + " starts at " + finding.start() + ", before the previous one ends at " + previousEnd);
            }
            if (finding.end() > textLength) {
                throw new IllegalArgumentException("finding " + i + " ends at " + finding.end()
                        + ", past the end of the text (length " + textLength + ")");
            }
            previousEnd = finding.end();
        }
    }

    @Override
    public String toString() {
        return "Redactor[" + mode + "]";
    }
}
