package io.radlake.deid.detect;

import java.text.Normalizer;

/**
 * Character folding shared by every matcher: lower case, accents stripped for letters up to U+024F ("García" ->
 * "garcia"), tabs, line breaks and no-break spaces as plain spaces (hard-wrapped exports break lines anywhere,
 * "Medical Record Number:\n12345678"). One char in, one char out, so offsets never move.
 */
public final class Chars {

    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            char folded = Character.toLowerCase(c);
            if (c >= 0xC0 && Character.isLetter(c)) {
                String base = Normalizer.normalize(String.valueOf(folded), Normalizer.Form.NFD);
                if (!base.isEmpty() && base.charAt(0) < 0x80 && Character.isLetter(base.charAt(0))) {
                    folded = base.charAt(0);
                }
            }
            FOLD[c] = folded;
        }
        FOLD['\t'] = ' ';
        FOLD['\n'] = ' ';
        FOLD['\r'] = ' ';
        FOLD[0xA0] = ' ';
    }

    private Chars() {
    }

    /** The folded form of {@code c}: what the pattern and dictionary automata read. */
    public static char fold(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        // Private-use chars mark rule ends inside the pattern automaton; text never gets to use them.
        return c >= 0xE000 && c < 0xF900 ? ' ' : Character.toLowerCase(c);
    }

    /** Folds a whole string (dictionary entries, test fixtures). */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** Letters and digits: what a whole-word match must not touch on either side. */
    public static boolean isWordChar(char c) {
        return WORD[c];
    }

    /** One lookup per char in the scanning loops (64 KiB, built once). */
    private static final boolean[] WORD = new boolean[0x10000];

    static {
        for (int c = 0; c < WORD.length; c++) {
            WORD[c] = Character.isLetterOrDigit((char) c);
        }
    }

    static boolean isUpper(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    static boolean isLower(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    static boolean isLetter(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
