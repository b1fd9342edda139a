package io.radlake.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word view the text filters share: maximal runs of letters or digits, lower-cased with {@link Locale#ROOT}
 * (so the result does not depend on the JVM's locale). Punctuation, spaces and de-identification tag brackets
 * separate words.
 */
final class TextWords {

    private TextWords() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether the text has at least one letter or digit. */
    static boolean hasWordCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
