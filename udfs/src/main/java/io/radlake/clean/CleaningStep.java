package io.radlake.clean;

/** The steps of {@link TextCleaner}, in the order they run. */
public enum CleaningStep {
    /** Unicode NFKC: full-width forms, ligatures, non-breaking spaces, "…". */
    UNICODE_NORMALIZATION,
    /** Page markers ("Page 2 of 3", form feeds) and running page headers/footers of multi-page exports. */
    PAGE_HEADERS,
    /** CR/LF to LF, other control and invisible format characters dropped. */
    CONTROL_CHARACTERS,
    /** Curly quotes, dashes, minus signs and bullets to ASCII. */
    PUNCTUATION,
    /** Signature and attestation blocks ("Electronically signed by", "Dictated by ... Transcribed ..."). */
    SIGNATURES,
    /** Confidentiality notices and voice-recognition disclaimers. */
    DISCLAIMERS,
    /** "period", "new paragraph", "um", "[inaudible]", doubled words ("the the"). */
    DICTATION_ARTEFACTS,
    /** Tabs, runs of spaces, trailing spaces, runs of blank lines. */
    WHITESPACE,
    /** Lines hard-wrapped inside a paragraph joined again. */
    LINE_WRAPS
}
