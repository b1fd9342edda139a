package io.radlake.deid.detect;

/**
 * Where pattern matches may start and end: at word boundaries, and never inside a number group such as
 * "01/21/2023" (so "on 01/21" cannot end before "/2023", and no match starts at "21/2023").
 */
final class Boundaries {

    /** The same conditions as look-arounds, for the regex baseline. */
    static final String REGEX_START = "(?:(?<![\\p{L}\\p{N}])(?!(?<=[0-9][/.:\\-])[0-9])|(?![\\p{L}\\p{N}]))";
    static final String REGEX_END = "(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}])(?!(?<=[0-9])[/.:\\-][0-9]))";

    private Boundaries() {
    }

    static boolean canStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i);
        if (!Chars.isWordChar(c)) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Chars.isWordChar(before)) {
            return false;
        }
        return !(isJoiner(before) && i > 1 && Chars.isDigit(text.charAt(i - 2)) && Chars.isDigit(c));
    }

    static boolean canEnd(String text, int j) {
        int n = text.length();
        if (j == n) {
            return true;
        }
        char last = text.charAt(j - 1);
        if (!Chars.isWordChar(last)) {
            return true;
        }
        char after = text.charAt(j);
        if (Chars.isWordChar(after)) {
            return false;
        }
        return !(isJoiner(after) && j + 1 < n && Chars.isDigit(text.charAt(j + 1)) && Chars.isDigit(last));
    }

    /** {@link #canStart(String, int)} on the chars of a text (the scanning loops read a char array). */
    static boolean canStart(char[] text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text[i];
        if (!Chars.isWordChar(c)) {
            return true;
        }
        char before = text[i - 1];
        if (Chars.isWordChar(before)) {
            return false;
        }
        return !(isJoiner(before) && i > 1 && Chars.isDigit(text[i - 2]) && Chars.isDigit(c));
    }

    /** {@link #canEnd(String, int)} on the chars of a text. */
    static boolean canEnd(char[] text, int j) {
        int n = text.length;
        if (j == n) {
            return true;
        }
        char last = text[j - 1];
        if (!Chars.isWordChar(last)) {
            return true;
        }
        char after = text[j];
        if (Chars.isWordChar(after)) {
            return false;
        }
        return !(isJoiner(after) && j + 1 < n && Chars.isDigit(text[j + 1]) && Chars.isDigit(last));
    }

    private static boolean isJoiner(char c) {
        return c == '/' || c == '.' || c == ':' || c == '-';
    }
}
