package io.radlake.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Tabs and runs of spaces become one space, lines lose leading and trailing spaces, runs of blank lines become one
 * blank line (a paragraph break), and the text loses blank lines at its start and end.
 */
final class WhitespaceRepair {

    private WhitespaceRepair() {
    }

    static String repair(String text) {
        List<String> lines = Lines.split(text);
        List<String> out = new ArrayList<>(lines.size());
        boolean pendingBlank = false;
        for (String line : lines) {
            String squeezed = squeeze(line);
            if (squeezed.isEmpty()) {
                pendingBlank = !out.isEmpty();
                continue;
            }
            if (pendingBlank) {
                out.add("");
                pendingBlank = false;
            }
            out.add(squeezed);
        }
        String repaired = Lines.join(out);
        return repaired.equals(text) ? text : repaired;
    }

    /** One line: whitespace runs to one space, trimmed. */
    static String squeeze(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
