package io.radlake.corpus;

import java.util.Locale;

/** A synthetic person's name and the ways reports write it. */
record PersonName(String first, String middleInitial, String last) {

    static final int STYLES = 8;

    /**
     * The name in one of {@link #STYLES} layouts: "Jane Smith", "Jane Q. Smith", "Smith, Jane",
     * "Smith, Jane Q.", "J. Smith", "SMITH, JANE", "Jane Smith" (again, the most common), "J.Q. Smith".
     */
    String format(int style) {
        return switch (style) {
            case 0, 6 -> first + " " + last;
            case 1 -> first + " " + middleInitial + ". " + last;
            case 2 -> last + ", " + first;
            case 3 -> last + ", " + first + " " + middleInitial + ".";
            case 4 -> first.charAt(0) + ". " + last;
            case 5 -> (last + ", " + first).toUpperCase(Locale.ROOT);
            case 7 -> first.charAt(0) + "." + middleInitial + ". " + last;
            default -> throw new IllegalArgumentException("name style must be 0.." + (STYLES - 1) + ", got: " + style);
        };
    }

    /** Dictation initials such as "JQS". */
    String initials() {
        return "" + first.charAt(0) + middleInitial + Character.toUpperCase(lastInitialChar());
    }

    private char lastInitialChar() {
        // "de Vries" and "St. Clair" still give a letter.
        for (int i = 0; i < last.length(); i++) {
            if (Character.isLetter(last.charAt(i))) {
                return last.charAt(i);
            }
        }
        return 'X';
    }
}
