package io.radlake.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins lines that a fixed-width export broke inside a paragraph, and keeps the breaks that carry structure:
 * blank lines, section headers, list items ("1.", "-"), label lines ("Lungs: ..."), signature and footer lines.
 * A line is joined to the one before when it starts in lower case, when the line before ends without sentence
 * punctuation or with an abbreviation ("Dr."), or, in a text whose longest line is at most {@value #MAX_WRAP_WIDTH}
 * characters, when the first word of the line would not have fitted on the line before (how greedy wrapping
 * breaks). Every rule looks at the already joined line, so a second pass joins nothing more.
 * Expects text after {@link WhitespaceRepair} (trimmed lines, single spaces).
 */
final class LineWrapRepair {

    /** Wider texts were not hard-wrapped by an export. */
    static final int MAX_WRAP_WIDTH = 100;

    private static final Pattern LIST_ITEM = Pattern.compile("(?:\\(?\\d{1,2}[.)]|[a-zA-Z]\\)|[-*+>])\\s.*");

    private static final Pattern LABEL_LINE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}/&'().#-]*(?: [\\p{L}\\p{N}/&'().#-]+){0,4}\\s?:(?:\\s.*)?");

    private static final Set<String> ABBREVIATIONS = Set.of("dr.", "mr.", "mrs.", "ms.", "st.", "vs.", "e.g.",
            "i.e.", "approx.", "no.", "cf.", "prof.");

    private LineWrapRepair() {
    }

    static String repair(String text) {
        List<String> lines = Lines.split(text);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        boolean wrapped = width <= MAX_WRAP_WIDTH;
        List<String> out = new ArrayList<>(lines.size());
        Joined current = null;
        boolean changed = false;
        for (String line : lines) {
            if (current != null && current.joins(line, wrapped, width)) {
                current.append(line);
                changed = true;
                continue;
            }
            if (current != null) {
                out.add(current.text.toString());
            }
            current = new Joined(line);
        }
        if (current != null) {
            out.add(current.text.toString());
        }
        return changed ? Lines.join(out) : text;
    }

    /** The line being built, with what the join rules need, kept up to date so long paragraphs stay linear. */
    private static final class Joined {
        final StringBuilder text;
        final boolean headerOnly;
        boolean anyLowerCase;

        Joined(String firstLine) {
            text = new StringBuilder(firstLine);
            headerOnly = !firstLine.isEmpty() && SectionHeaders.isHeaderOnly(firstLine);
            anyLowerCase = hasLowerCase(firstLine);
        }

        void append(String line) {
            text.append(' ').append(line);
            anyLowerCase |= hasLowerCase(line);
        }

        boolean joins(String next, boolean wrapped, int width) {
            if (text.length() == 0 || next.isEmpty() || headerOnly || breaksBefore(next)) {
                return false;
            }
            if (Character.isLowerCase(next.charAt(0))) {
                return true;
            }
            char last = text.charAt(text.length() - 1);
            if (".!?:;".indexOf(last) < 0) {
                // A line of capitals before mixed-case text is a title ("CT HEAD WITHOUT CONTRAST"), not a wrap.
                return anyLowerCase || !hasLowerCase(next);
            }
            if (ABBREVIATIONS.contains(lastWord().toLowerCase(Locale.ROOT))) {
                return true;
            }
            return wrapped && text.length() + 1 + firstWord(next).length() > width;
        }

        private String lastWord() {
            int space = text.lastIndexOf(" ");
            return text.substring(space + 1);
        }
    }

    /** Lines that always start a new line: headers, list items, labels, signatures and footers. */
    private static boolean breaksBefore(String next) {
        return LIST_ITEM.matcher(next).matches() || LABEL_LINE.matcher(next).matches()
                || SectionHeaders.isHeader(next) || Boilerplate.startsTrailer(next);
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
