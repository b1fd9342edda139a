package io.radlake.deid.eval;

import io.radlake.corpus.PhiSpan;
import io.radlake.deid.WholeWords;
import io.radlake.phi.PhiCategory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds planted identifiers that survived de-identification: a truth span leaks when its original string still
 * occurs in the published (de-identified, cleaned) text of the same report.
 *
 * <ul>
 *   <li>Both sides are NFKC-normalised and runs of whitespace become one space, because cleaning does the same
 *       (a name wrapped over two lines comes out on one).</li>
 *   <li>An occurrence counts only as a whole token ({@link WholeWords}): "AME" is not found in "[NAME]" nor
 *       "12345" in "9123456".</li>
 *   <li>Spans with fewer than {@value #MIN_NON_SPACE_CHARS} non-whitespace characters are not checked: "CA" or
 *       "93" occur by chance in any report.</li>
 *   <li>Occurrences are counted against the report's own non-PHI text: a patient called Baker whose report
 *       mentions a "Baker cyst" leaks only when the published text holds "Baker" more often than the original text
 *       does outside every planted span.</li>
 * </ul>
 * Returns categories only, never the strings. Stateless and thread-safe.
 */
public final class LeakCounter {

    public static final int MIN_NON_SPACE_CHARS = 3;
    private static final char MASK = '\u0000';

    /**
     * @param originalText the text the truth spans index into
     * @param truth        planted spans of that text
     * @param deidText     the published text of the same report
     * @return the category of every leaked span (one entry per span; usually empty)
     */
    public List<PhiCategory> leaked(String originalText, List<PhiSpan> truth, String deidText) {
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(deidText, "deidText");
        String published = normalize(deidText);
        char[] withoutPhi = originalText.toCharArray();
        for (PhiSpan span : truth) {
            if (span.end() > originalText.length()) {
                throw new IllegalArgumentException("truth span must lie inside the text of length "
                        + originalText.length() + ", got end: " + span.end());
            }
            // A masked character is neither letter nor digit nor space: it ends a token and survives normalize.
            Arrays.fill(withoutPhi, span.start(), span.end(), MASK);
        }
        String background = normalize(new String(withoutPhi));
        List<PhiCategory> leaked = new ArrayList<>();
        for (PhiSpan span : truth) {
            String value = normalize(originalText.substring(span.start(), span.end())).strip();
            if (nonSpaceChars(value) >= MIN_NON_SPACE_CHARS
                    && WholeWords.count(published, value) > WholeWords.count(background, value)) {
                leaked.add(span.category());
            }
        }
        return leaked;
    }

    static String normalize(String text) {
        String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private static int nonSpaceChars(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            n += Character.isWhitespace(value.charAt(i)) ? 0 : 1;
        }
        return n;
    }
}
