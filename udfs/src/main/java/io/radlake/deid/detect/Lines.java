package io.radlake.deid.detect;

/** Line-level facts: all-caps lines (legacy RIS exports) cannot use capitalisation as a name cue. */
final class Lines {

    private Lines() {
    }

    /** Whether the line holding {@code position} has at least one lower-case letter. */
    static boolean hasLowerCase(String text, int position) {
        int from = position;
        while (from > 0 && text.charAt(from - 1) != '\n') {
            from--;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (Chars.isLower(c)) {
                return true;
            }
        }
        return false;
    }
}
