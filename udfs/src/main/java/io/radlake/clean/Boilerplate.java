package io.radlake.clean;

import java.util.regex.Pattern;

/**
 * Line-start patterns for the parts of a report that are not clinical content: signature blocks, disclaimers,
 * result communications and contact footers. Each is matched against a trimmed line with {@code lookingAt}, so a
 * pattern only has to describe how such a block begins. All are case-insensitive (legacy systems store reports in
 * capitals) and bounded, so a huge line cannot make them slow.
 */
final class Boilerplate {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

    /** First line of a signature or attestation block; the block runs to the end of its paragraph. */
    static final Pattern SIGNATURE_START = Pattern.compile(
            "(?:\\[?\\*{0,3}\\s*dictated but not (?:read|signed|reviewed)"
                    + "|.{0,40}\\b(?:electronically|digitally|e-)\\s?signed\\b"
                    + "|signed electronically\\b"
                    + "|(?:addendum|report|final report)\\s+(?:electronically\\s+)?signed\\b"
                    + "|signed\\s*(?:by\\b|on\\b|:|\\s\\[|\\s\\d|\\s" + MONTH + "\\s)"
                    + "|(?:dictated|transcribed|dictating radiologist|dictating physician|transcriptionist|"
                    + "interpreted|read|reviewed|verified|approved)\\s*(?:by)?\\s*:"
                    + "|(?:dictated|transcribed|interpreted|read|reviewed|verified|approved)\\s+by\\s+(?:dr\\b|\\[|(?-i:\\p{Lu}))"
                    + "|(?:attending|resident|fellow|reading|staff|interpreting)(?:\\s+(?:radiologist|physician))?\\s*:"
                    + "|radiologist\\s*:"
                    + "|d:\\s*\\S.{0,60}\\bt:"
                    + "|i,?\\s.{0,60}?\\bhave\\s+(?:personally\\s+)?reviewed\\s+the\\s+(?:images|study|examination|exam)"
                    + "|i\\s+(?:have\\s+)?(?:personally\\s+)?reviewed\\s+the\\s+(?:images|study|examination|exam)"
                    + "|i\\s+agree\\s+with\\s+the\\s+(?:above\\s+)?(?:report|findings|interpretation))",
            Pattern.CASE_INSENSITIVE);

    /** First line of a disclaimer or confidentiality notice; the notice runs to the end of its paragraph. */
    static final Pattern DISCLAIMER_START = Pattern.compile(
            "[\\W_]{0,5}(?:(?:confidentiality|privacy)\\s+(?:notice|statement|warning|note)"
                    + "|(?:disclaimer|legal notice)\\b"
                    + "|confidential\\W*$"
                    + "|(?:the information|this (?:report|document|message|e-?mail|communication|transmission|fax|"
                    + "facsimile|page|record))\\b.{0,160}?\\b(?:confidential|privileged|protected health information|"
                    + "intended (?:solely |only |exclusively )?for|in error|(?:voice|speech)[ -]recognition|"
                    + "dictation software|transcription errors?|unauthori[sz]ed)"
                    + "|if you (?:have )?received this\\b.{0,80}?\\bin error"
                    + "|(?:voice|speech)[ -]recognition (?:software|technology|system|was used)"
                    + "|(?:please )?note\\s*:.{0,60}?\\b(?:voice|speech)[ -]recognition"
                    + "|unauthori[sz]ed (?:use|review|disclosure|distribution))",
            Pattern.CASE_INSENSITIVE);

    /** Start of a result-communication statement ("Critical result discussed with ..."). */
    static final Pattern COMMUNICATION_START = Pattern.compile(
            "(?:critical (?:result|finding|value)s?\\b.{0,40}?\\b(?:discussed|communicated|called|reported|conveyed)"
                    + "|(?:these |the |above |results? |findings? |impression ){1,3}(?:was |were |is |are |have been |has been )?"
                    + "(?:discussed|communicated|called|relayed|conveyed) (?:with|to|in person|by phone|by telephone)"
                    + "|dr\\.?\\s+\\S{1,40}(?:\\s+\\S{1,20}){0,3}\\s+(?:called|paged|notified|spoke with|discussed)\\b"
                    + "|(?:discussed|communicated) (?:with|to) (?:dr\\b|the\\b|\\[))",
            Pattern.CASE_INSENSITIVE);

    /** Start of a contact or routing footer ("cc:", "Images available at:", "Source IP:"). */
    static final Pattern FOOTER_START = Pattern.compile(
            "(?:cc\\s*:|images? (?:are )?available at|view images|patient portal|questions regarding this report"
                    + "|contact\\s*:|email the reading room|reading room\\s*:|please call\\b|radiology front desk"
                    + "|dictated at workstation|sent from pacs|source ip|workstation\\s*:|page \\d+ of \\d+)",
            Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    static boolean startsSignature(String trimmedLine) {
        return SIGNATURE_START.matcher(trimmedLine).lookingAt();
    }

    static boolean startsDisclaimer(String trimmedLine) {
        return DISCLAIMER_START.matcher(trimmedLine).lookingAt();
    }

    static boolean startsCommunication(String trimmedLine) {
        return COMMUNICATION_START.matcher(trimmedLine).lookingAt();
    }

    /** Signature, disclaimer or footer: the end of report content (communications not included). */
    static boolean startsClosing(String trimmedLine) {
        return startsSignature(trimmedLine) || FOOTER_START.matcher(trimmedLine).lookingAt()
                || startsDisclaimer(trimmedLine);
    }

    /** Signature, communication, disclaimer or footer: where a section's content ends. */
    static boolean startsTrailer(String trimmedLine) {
        return startsClosing(trimmedLine) || startsCommunication(trimmedLine);
    }
}
