package io.radlake.deid;

import java.util.Locale;

/** Upper, lower or title case of a word as written, applied to its replacement ("MARCH" in, "FEBRUARY" out). */
enum LetterCase {
    UPPER, LOWER, TITLE;

    /** UPPER needs two or more letters, all upper case: a lone capital is title case. */
    static LetterCase of(String text) {
        int upper = 0;
        boolean anyLower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                anyLower = true;
            }
        }
        if (upper > 1 && !anyLower) {
            return UPPER;
        }
        return anyLower && upper == 0 ? LOWER : TITLE;
    }

    /** {@code word} comes in its natural spelling ("McKenzie"), which TITLE keeps. */
    String apply(String word) {
        return switch (this) {
            case UPPER -> word.toUpperCase(Locale.ROOT);
            case LOWER -> word.toLowerCase(Locale.ROOT);
            case TITLE -> word;
        };
    }
}
