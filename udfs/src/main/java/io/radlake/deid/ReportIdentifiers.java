package io.radlake.deid;

import io.radlake.phi.PhiCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identifiers found in one report, to check that a surrogate does not repeat one of them: as a whole-token
 * occurrence of a whole identifier ({@link WholeWords}, what {@code deid-eval} counts as a leak), or, for names,
 * as a shared name word.
 */
final class ReportIdentifiers {
    /** Shorter strings ("Li", "12") occur by chance everywhere; deid-eval ignores them too. */
    private static final int MIN_CHARS = 3;

    private final List<String> identifiers = new ArrayList<>();
    private final Set<String> nameWords = new HashSet<>();

    ReportIdentifiers(String text, List<PhiFinding> findings) {
        for (PhiFinding f : findings) {
            String original = fold(text.substring(f.start(), f.end()).strip());
            if (original.codePoints().filter(c -> !Character.isWhitespace(c)).count() >= MIN_CHARS) {
                identifiers.add(original);
            }
            if (f.category() == PhiCategory.NAME) {
                nameWords.addAll(words(original));
            }
        }
    }

    /** True when {@code surrogate} contains one of the report's identifiers, or shares a word with one of its names. */
    boolean repeatedIn(String surrogate, PhiCategory category) {
        String folded = fold(surrogate);
        for (String identifier : identifiers) {
            if (WholeWords.count(folded, identifier) > 0) {
                return true;
            }
        }
        if (category == PhiCategory.NAME) {
            for (String word : words(folded)) {
                if (nameWords.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= MIN_CHARS) {
                words.add(w);
            }
        }
        return words;
    }
}
