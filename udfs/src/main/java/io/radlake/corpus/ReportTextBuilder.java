package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates report text and records a {@link PhiSpan} for every identifier appended through
 * {@link #phi}. All-caps reports are upper-cased char by char when the text is taken (one char in, one char
 * out), and line wrapping only turns spaces into newlines outside spans, so recorded offsets never need
 * fixing up. Reused across records.
 */
final class ReportTextBuilder {

    private final StringBuilder text = new StringBuilder(4096);
    private final List<PhiSpan> spans = new ArrayList<>();
    private final List<String> plantedValues = new ArrayList<>();
    private boolean upperCase;

    void reset(boolean allUpperCase) {
        text.setLength(0);
        spans.clear();
        plantedValues.clear();
        upperCase = allUpperCase;
    }

    ReportTextBuilder append(String part) {
        text.append(part);
        return this;
    }

    ReportTextBuilder append(char c) {
        text.append(c);
        return this;
    }

    ReportTextBuilder append(int number) {
        text.append(number);
        return this;
    }

    /** Appends {@code value} as an identifier of {@code category} and records its exact span. */
    ReportTextBuilder phi(PhiCategory category, String value) {
        if (value.isEmpty() || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            throw new IllegalArgumentException(
                    "PHI value must be non-empty without surrounding spaces, got: '" + value + "'");
        }
        int start = text.length();
        text.append(value);
        spans.add(new PhiSpan(category, start, text.length()));
        plantedValues.add(value);
        return this;
    }

    ReportTextBuilder newline() {
        text.append('\n');
        return this;
    }

    /** Ends the current line unless the text is empty or already at a line start. */
    ReportTextBuilder endLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        return this;
    }

    /** Ensures exactly one empty line before the next text (paragraph break). */
    ReportTextBuilder blankLine() {
        endLine();
        int n = text.length();
        if (n > 0 && (n < 2 || text.charAt(n - 2) != '\n')) {
            text.append('\n');
        }
        return this;
    }

    /**
     * Replaces a sentence-final "." with {@code spoken} (" period" left in by voice recognition), unless
     * the period belongs to a span.
     */
    void replaceTrailingPeriod(String spoken) {
        int n = text.length();
        boolean periodInSpan = !spans.isEmpty() && spans.get(spans.size() - 1).end() == n;
        if (n > 0 && text.charAt(n - 1) == '.' && !periodInSpan) {
            text.setLength(n - 1);
            append(spoken);
        }
    }

    int length() {
        return text.length();
    }

    char lastChar() {
        return text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
    }

    /** Removes trailing spaces (a label followed by nothing). */
    void trimTrailingSpaces() {
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == ' ' && (spans.isEmpty() || spans.get(spans.size() - 1).end() < n)) {
            n--;
        }
        text.setLength(n);
    }

    /**
     * Hard-wraps lines longer than {@code width} by turning the last space before the limit into a newline,
     * as fixed-width exports do. Spaces inside spans are never used, so spans stay contiguous.
     */
    void hardWrap(int width) {
        int spanIndex = 0;
        int column = 0;
        int lastBreakable = -1;
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                column = 0;
                lastBreakable = -1;
                continue;
            }
            column++;
            if (c == ' ') {
                while (spanIndex < spans.size() && spans.get(spanIndex).end() <= k) {
                    spanIndex++;
                }
                boolean insideSpan = spanIndex < spans.size() && spans.get(spanIndex).start() <= k;
                if (!insideSpan) {
                    lastBreakable = k;
                }
            }
            if (column > width && lastBreakable >= 0) {
                text.setCharAt(lastBreakable, '\n');
                column = k - lastBreakable;
                lastBreakable = -1;
            }
        }
    }

    String text() {
        return upperCase ? upper(text) : text.toString();
    }

    List<PhiSpan> spans() {
        return spans;
    }

    /** The identifier strings as they appear in {@link #text()}, in span order. */
    List<String> plantedValues() {
        if (!upperCase) {
            return plantedValues;
        }
        List<String> upper = new ArrayList<>(plantedValues.size());
        for (String value : plantedValues) {
            upper.add(upper(value));
        }
        return upper;
    }

    /** Per-char upper case: never changes the length (unlike String.toUpperCase for "ß"). */
    private static String upper(CharSequence source) {
        char[] chars = new char[source.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = source.charAt(i);
            chars[i] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c < 0x80 ? c : Character.toUpperCase(c);
        }
        return new String(chars);
    }
}
