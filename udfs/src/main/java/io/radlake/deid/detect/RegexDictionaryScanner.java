package io.radlake.deid.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive way to run the dictionaries, kept as a benchmark baseline: one alternation regex per group of entries
 * of the same kind, longest entries first, one pass per group. Immutable and thread-safe.
 */
public final class RegexDictionaryScanner implements DictionaryScanner {

    private static final String WORD = "[\\p{L}\\p{N}]";

    private final int[] kinds;
    private final Pattern[] patterns;

    /** @param entries folded entry text -> kind bits */
    public RegexDictionaryScanner(Map<String, Integer> entries) {
        Map<Integer, List<String>> byKinds = new LinkedHashMap<>();
        entries.forEach((entry, kind) -> byKinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry));
        kinds = new int[byKinds.size()];
        patterns = new Pattern[byKinds.size()];
        int i = 0;
        for (Map.Entry<Integer, List<String>> group : byKinds.entrySet()) {
            List<String> words = new ArrayList<>(group.getValue());
            words.sort(Comparator.comparingInt(String::length).reversed());
            StringBuilder alternation = new StringBuilder();
            for (String word : words) {
                if (alternation.length() > 0) {
                    alternation.append('|');
                }
                alternation.append(Pattern.quote(word));
            }
            kinds[i] = group.getKey();
            // The lookarounds make a whole-word match, as AhoCorasick does: an edge char that is not a letter or
            // digit ("dr.") needs no boundary.
            patterns[i] = Pattern.compile("(?:(?<!" + WORD + ")|(?!" + WORD + "))(?:" + alternation + ")(?:(?!" + WORD
                    + ")|(?<!" + WORD + "))");
            i++;
        }
    }

    @Override
    public void scan(String text, DictionaryHits out) {
        String folded = Chars.fold(text);
        for (int g = 0; g < patterns.length; g++) {
            Matcher matcher = patterns[g].matcher(folded);
            while (matcher.find()) {
                out.add(matcher.start(), matcher.end(), kinds[g]);
            }
        }
    }
}
