package io.radlake.clean;

/**
 * The sections of one report, as found by {@link SectionParser}. Each text is trimmed, with single spaces and
 * one line per original line (numbered list markers kept); null when the section is absent or empty.
 *
 * @param indication       INDICATION / HISTORY / CLINICAL INFORMATION / REASON FOR EXAM ...
 * @param technique        TECHNIQUE / PROTOCOL / PROCEDURE DETAILS; an EXAM or PROCEDURE line only when the
 *                         report has no technique header
 * @param comparison       COMPARISON / PRIOR(S) ...
 * @param findings         FINDINGS / REPORT / DESCRIPTION ..., or the body before the impression when the report
 *                         has no findings header (then {@code findingsInferred} is true)
 * @param impression       IMPRESSION / CONCLUSION / SUMMARY / OPINION / ASSESSMENT ...
 * @param addendum         every ADDENDUM, in order
 * @param findingsInferred findings came from the unlabelled body before the impression
 */
public record ReportSections(
        String indication,
        String technique,
        String comparison,
        String findings,
        String impression,
        String addendum,
        boolean findingsInferred) {

    private static final ReportSections EMPTY = new ReportSections(null, null, null, null, null, null, false);

    /** No sections (null or empty text, or text without any). */
    public static ReportSections empty() {
        return EMPTY;
    }
}
