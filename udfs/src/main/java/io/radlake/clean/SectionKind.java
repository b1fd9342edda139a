package io.radlake.clean;

/** What a recognised header line starts. */
enum SectionKind {
    INDICATION,
    TECHNIQUE,
    /** EXAM / PROCEDURE lines: usually the exam title; technique only when no real technique header exists. */
    EXAM_OR_PROCEDURE,
    COMPARISON,
    FINDINGS,
    IMPRESSION,
    ADDENDUM,
    /** A known non-section header (DATE:, PATIENT:, RECOMMENDATION:): ends the previous section, text dropped. */
    OTHER
}
