package io.radlake.eval.rouge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Port of NLTK's {@code PorterStemmer} in its default {@code NLTK_EXTENSIONS} mode (checked against NLTK 3.8), the
 * stemmer rouge-score uses. That mode differs from Porter's 1980 paper: an irregular-forms table (dying, news, ...),
 * "ies"/"ied" on four-letter words, a "cvc" rule for two-letter stems, y-to-i only after a consonant, "bli" instead of
 * "abli", "alli" tried first and re-run through step 2, extra "fulli" and "logi" rules, and words of one or two
 * letters left alone. Each step keeps NLTK's rule order and its "first matching suffix decides" behaviour.
 *
 * <p>Works on a char buffer and allocates only the result. Stateless and thread-safe. Meant for lowercase ASCII words,
 * which is all the ROUGE tokenizer produces.
 */
public final class PorterStemmer {

    private static final Map<String, String> IRREGULAR_FORMS = Map.ofEntries(
            Map.entry("sky", "sky"), Map.entry("skies", "sky"),
            Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("news", "news"),
            Map.entry("innings", "inning"), Map.entry("inning", "inning"),
            Map.entry("outings", "outing"), Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
            Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

    private static final int LONGEST_IRREGULAR_FORM = 8;
    private static final String[] STEP1C = {"y", "i"};
    private static final String[] STEP5B = {"ll", "l"};

    // Conditions of NLTK's rule tuples, as codes so the rule tables stay plain data.
    private static final int NONE = 0;
    private static final int MEASURE_GT_0 = 1;
    private static final int MEASURE_GT_1 = 2;
    private static final int MEASURE_GT_1_AND_S_OR_T = 3;
    private static final int LOGI = 4;
    private static final int Y_AFTER_CONSONANT = 5;
    private static final int LL = 6;

    private static final String[] STEP1A = {"sses", "ss", "ies", "i", "ss", "ss", "s", ""};
    private static final String[] STEP2 = {
        "ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance", "izer", "ize", "bli", "ble",
        "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous", "ization", "ize", "ation", "ate", "ator", "ate",
        "alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous", "aliti", "al", "iviti", "ive",
        "biliti", "ble", "fulli", "ful", "logi", "log"};
    private static final String[] STEP3 = {
        "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", ""};
    private static final String[] STEP4 = {
        "al", "", "ance", "", "ence", "", "er", "", "ic", "", "able", "", "ible", "", "ant", "", "ement", "",
        "ment", "", "ent", "", "ion", "", "ou", "", "ism", "", "ate", "", "iti", "", "ous", "", "ive", "", "ize", ""};

    /** Stems one word as NLTK's {@code PorterStemmer().stem(word)} does. */
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        // NLTK looks the irregular table up with the word as given, then returns the entry of its lowercase form.
        if (IRREGULAR_FORMS.containsKey(word)) {
            return IRREGULAR_FORMS.get(lower);
        }
        if (word.length() <= 2) {
            return lower;
        }
        return new Word(lower.toCharArray(), lower.length()).stemmed();
    }

    /** Stems {@code word[0, length)}, already lowercase; the tokenizer's allocation-light entry point. */
    String stem(char[] word, int length) {
        if (length >= 3 && length <= LONGEST_IRREGULAR_FORM) {
            String irregular = IRREGULAR_FORMS.get(new String(word, 0, length));
            if (irregular != null) {
                return irregular;
            }
        }
        if (length <= 2) {
            return new String(word, 0, length);
        }
        char[] copy = new char[length + 4];
        System.arraycopy(word, 0, copy, 0, length);
        return new Word(copy, length).stemmed();
    }

    /** The word being stemmed: {@code chars[0, length)}, edited in place step by step. */
    private static final class Word {
        private char[] chars;
        private int length;

        Word(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        String stemmed() {
            step1a();
            step1b();
            applyRules(STEP1C, Y_AFTER_CONSONANT);
            step2();
            applyRules(STEP3, MEASURE_GT_0);
            step4();
            step5a();
            applyRules(STEP5B, LL);
            return new String(chars, 0, length);
        }

        private void step1a() {
            // NLTK extension: 'ties' -> 'tie', 'dies' -> 'die', while 'flies' -> 'fli'.
            if (length == 4 && endsWith("ies")) {
                replaceEnd(3, "ie");
                return;
            }
            applyRules(STEP1A, NONE);
        }

        private void step1b() {
            // NLTK extension: 'died' -> 'die', 'spied' -> 'spi'.
            if (endsWith("ied")) {
                replaceEnd(3, length == 4 ? "ie" : "i");
                return;
            }
            if (endsWith("eed")) {
                if (measure(length - 3) > 0) {
                    length -= 1;
                }
                return;
            }
            if (endsWith("ed") && containsVowel(length - 2)) {
                length -= 2;
            } else if (endsWith("ing") && containsVowel(length - 3)) {
                length -= 3;
            } else {
                return;
            }
            if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
                replaceEnd(0, "e");
            } else if (endsDoubleConsonant(length)) {
                char last = chars[length - 1];
                if (last != 'l' && last != 's' && last != 'z') {
                    length -= 1;
                }
            } else if (measure(length) == 1 && endsCvc(length)) {
                replaceEnd(0, "e");
            }
        }

        private void step2() {
            // NLTK extension: 'alli' -> 'al' first, then step 2 again on the result.
            if (endsWith("alli") && measure(length - 4) > 0) {
                replaceEnd(4, "al");
                step2();
                return;
            }
            applyRules(STEP2, MEASURE_GT_0);
        }

        private void step4() {
            applyRules(STEP4, MEASURE_GT_1);
        }

        private void step5a() {
            // Both rules are tried here, unlike the "first matching suffix decides" of the other steps.
            if (endsWith("e")) {
                int stem = length - 1;
                int m = measure(stem);
                if (m > 1 || (m == 1 && !endsCvc(stem))) {
                    length = stem;
                }
            }
        }

        /**
         * NLTK's {@code _apply_rule_list}: the first rule whose suffix matches decides; if its condition fails the
         * word is left as it is.
         */
        private void applyRules(String[] suffixAndReplacement, int condition) {
            for (int r = 0; r < suffixAndReplacement.length; r += 2) {
                String suffix = suffixAndReplacement[r];
                if (!endsWith(suffix)) {
                    continue;
                }
                int stem = length - suffix.length();
                if (holds(ruleCondition(suffix, condition), stem)) {
                    replaceEnd(suffix.length(), suffixAndReplacement[r + 1]);
                }
                return;
            }
        }

        private static int ruleCondition(String suffix, int tableCondition) {
            if (tableCondition == MEASURE_GT_0 && suffix.equals("logi")) {
                return LOGI;
            }
            if (tableCondition == MEASURE_GT_1 && suffix.equals("ion")) {
                return MEASURE_GT_1_AND_S_OR_T;
            }
            return tableCondition;
        }

        private boolean holds(int condition, int stem) {
            switch (condition) {
                case NONE:
                    return true;
                case MEASURE_GT_0:
                    return measure(stem) > 0;
                case MEASURE_GT_1:
                    return measure(stem) > 1;
                case MEASURE_GT_1_AND_S_OR_T:
                    return measure(stem) > 1 && (chars[stem - 1] == 's' || chars[stem - 1] == 't');
                case LOGI:
                    // The 'l' of 'logi' counts with the stem, so 'geologi' and 'theologi' work like 'archaeologi'.
                    return measure(stem + 1) > 0;
                case Y_AFTER_CONSONANT:
                    return stem > 1 && isConsonant(stem - 1);
                case LL:
                    return measure(stem + 1) > 1;
                default:
                    throw new IllegalStateException("unknown rule condition: " + condition);
            }
        }

        private boolean endsWith(String suffix) {
            int n = suffix.length();
            if (n > length) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (chars[length - n + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void replaceEnd(int removed, String replacement) {
            int stem = length - removed;
            int newLength = stem + replacement.length();
            if (newLength > chars.length) {
                chars = Arrays.copyOf(chars, newLength + 4);
            }
            replacement.getChars(0, replacement.length(), chars, stem);
            length = newLength;
        }

        /** Porter's consonant: not a vowel, and a 'y' only when it starts the word or follows a vowel. */
        private boolean isConsonant(int index) {
            boolean consonant = true;
            for (int i = 0; i <= index; i++) {
                consonant = isConsonant(chars[i], i == 0, consonant);
            }
            return consonant;
        }

        /** A 'y' is a consonant at the start of the word or after a vowel, otherwise a vowel. */
        private static boolean isConsonant(char c, boolean first, boolean previousIsConsonant) {
            switch (c) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    return false;
                case 'y':
                    return first || !previousIsConsonant;
                default:
                    return true;
            }
        }

        /** m of {@code chars[0, end)}: the number of vowel-consonant transitions. */
        private int measure(int end) {
            int m = 0;
            boolean previous = true;
            for (int i = 0; i < end; i++) {
                boolean consonant = isConsonant(chars[i], i == 0, previous);
                if (consonant && !previous) {
                    m++;
                }
                previous = consonant;
            }
            return m;
        }

        private boolean containsVowel(int end) {
            boolean previous = true;
            for (int i = 0; i < end; i++) {
                previous = isConsonant(chars[i], i == 0, previous);
                if (!previous) {
                    return true;
                }
            }
            return false;
        }

        private boolean endsDoubleConsonant(int end) {
            return end >= 2 && chars[end - 1] == chars[end - 2] && isConsonant(end - 1);
        }

        /** Porter's *o: ends consonant-vowel-consonant, the last not w, x or y; NLTK adds vowel-consonant words. */
        private boolean endsCvc(int end) {
            if (end >= 3) {
                if (isConsonant(end - 3) && !isConsonant(end - 2) && isConsonant(end - 1)) {
                    char last = chars[end - 1];
                    return last != 'w' && last != 'x' && last != 'y';
                }
                return false;
            }
            return end == 2 && !isConsonant(0) && isConsonant(1);
        }
    }
}
