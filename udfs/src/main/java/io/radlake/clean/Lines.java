package io.radlake.clean;

import java.util.ArrayList;
import java.util.List;

/** Splitting and joining text by "\n" without regex, keeping empty lines. */
final class Lines {

    private Lines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>(Math.max(4, text.length() / 60));
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }
}
