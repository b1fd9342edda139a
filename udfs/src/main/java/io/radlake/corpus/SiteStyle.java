package io.radlake.corpus;

import java.util.List;

/**
 * How one site's reporting system lays reports out. Label lists start with the site's own spelling;
 * other spellings come up now and then, as when radiologists use their own templates.
 *
 * @param titleCaseLabels       "Findings:" instead of "FINDINGS:"
 * @param ownLineRate           share of section labels on their own line (the rest are inline)
 * @param organLabelRate        share of reports with "LUNGS: ..." findings paragraphs
 * @param numberedImpressionRate share of multi-item impressions written "1. ... 2. ..."
 * @param allCapsRate           share of reports stored all upper case (legacy RIS)
 * @param wrapRate              share of reports hard-wrapped at 60-80 columns
 * @param dictationRate         per-sentence chance of a speech-recognition artefact
 * @param preferredDateStyle    the site's usual {@link PhiFormats#date} style
 * @param signatureStyle        the site's usual signature block layout, 0..4
 */
record SiteStyle(
        List<String> indicationLabels,
        List<String> techniqueLabels,
        List<String> comparisonLabels,
        List<String> findingsLabels,
        List<String> impressionLabels,
        boolean titleCaseLabels,
        double ownLineRate,
        boolean comparisonBeforeTechnique,
        double organLabelRate,
        double numberedImpressionRate,
        double allCapsRate,
        double wrapRate,
        double dictationRate,
        double letterheadRate,
        double patientBlockRate,
        int preferredDateStyle,
        int signatureStyle) {

    static final List<String> ALL_INDICATION_LABELS = List.of("INDICATION", "HISTORY", "CLINICAL INFO",
            "CLINICAL HISTORY", "REASON FOR EXAM", "CLINICAL INDICATION");
    static final List<String> ALL_TECHNIQUE_LABELS = List.of("TECHNIQUE", "PROCEDURE DETAILS", "EXAM TECHNIQUE");
    static final List<String> ALL_COMPARISON_LABELS = List.of("COMPARISON", "COMPARISONS", "PRIOR STUDIES");
    static final List<String> ALL_FINDINGS_LABELS = List.of("FINDINGS", "FINDINGS/DISCUSSION", "REPORT");
    static final List<String> ALL_IMPRESSION_LABELS = List.of("IMPRESSION", "CONCLUSION", "IMPRESSION/RECOMMENDATION");
}
