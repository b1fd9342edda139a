package io.radlake.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much an impression repeats its findings, measured on distinct word n-grams ({@link TextWords}: lower-cased
 * runs of letters and digits, punctuation ignored):
 * <ul>
 *   <li>{@code containment} = |impression n-grams that occur in the findings| / |impression n-grams|: how much of
 *       the impression is copied;</li>
 *   <li>{@code coverage} = the same count / |findings n-grams|: how much of the findings the impression
 *       reproduces.</li>
 * </ul>
 * When either text has fewer than n words it has no n-grams; then both values are 1 when the two word sequences are
 * equal and 0 otherwise, so "Normal study." repeated as the impression still counts as a copy.
 *
 * @param containment in [0, 1]
 * @param coverage    in [0, 1]
 */
public record ImpressionOverlap(double containment, double coverage) {

    /** The overlap of {@code impression} with {@code findings} over word {@code n}-grams. */
    public static ImpressionOverlap measure(String findings, String impression, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram size must be >= 1, got: " + n);
        }
        List<String> findingWords = TextWords.of(findings);
        List<String> impressionWords = TextWords.of(impression);
        if (findingWords.size() < n || impressionWords.size() < n) {
            double same = !impressionWords.isEmpty() && impressionWords.equals(findingWords) ? 1.0 : 0.0;
            return new ImpressionOverlap(same, same);
        }
        Set<List<String>> findingGrams = ngrams(findingWords, n);
        Set<List<String>> impressionGrams = ngrams(impressionWords, n);
        int shared = 0;
        for (List<String> gram : impressionGrams) {
            if (findingGrams.contains(gram)) {
                shared++;
            }
        }
        return new ImpressionOverlap((double) shared / impressionGrams.size(), (double) shared / findingGrams.size());
    }

    private static Set<List<String>> ngrams(List<String> words, int n) {
        Set<List<String>> grams = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            grams.add(words.subList(i, i + n));
        }
        return grams;
    }
}
