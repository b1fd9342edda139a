/**
 * Clean-up, section parsing and duplicate keys for de-identified radiology report text.
 *
 * <h2>API</h2>
 * <pre>{@code
 * TextCleaner cleaner = new TextCleaner();                          // or new TextCleaner(CleaningOptions...)
 * CleanedText cleaned = cleaner.clean(text);                         // cleaned.text(), cleaned.changedSteps()
 * ReportSections sections = new SectionParser().parse(cleaned.text());
 * String key = DuplicateKeys.exactKey(cleaned.text());                // SHA-256 hex, exact duplicates
 * List<String> shingles = DuplicateKeys.shingles(cleaned.text());     // word 3-grams for MinHashLSH
 * }</pre>
 *
 * <p>Everything here is stateless or immutable, thread-safe and total: null input gives null (or empty) results,
 * and no text, however large or odd, makes a method throw. Cleaning is idempotent. Nothing logs text.
 *
 * <p>Cleaning steps, in order ({@link io.radlake.clean.CleaningStep}): NFKC; page markers and running page
 * headers/footers (only in text with page breaks); control characters; typographic punctuation; signature and
 * attestation blocks; disclaimers; dictation artefacts; whitespace; hard line wraps. Result communications
 * ("Critical result discussed with ..."), letterheads, patient blocks and contact footers are kept by the cleaner;
 * the section parser leaves them out of sections.
 */
package io.radlake.clean;
