package io.radlake.eval.rouge.bench;

import io.radlake.corpus.ReportGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Impression-length reference/prediction pairs for the benchmark: the impression of a synthetic report as reference,
 * and a seeded paraphrase of it (dropped, swapped and inserted words, other suffixes, case changes, reordered lines)
 * as prediction, so stemming and LCS see realistic partial overlap.
 */
final class BenchmarkPairs {
    private static final Pattern IMPRESSION = Pattern.compile(
            "^(?:IMPRESSION/RECOMMENDATION|IMPRESSION|CONCLUSION)\\s*:?[ \\t]*\\n?(.*?)(?:\\n[ \\t]*\\n|\\z)",
            Pattern.MULTILINE | Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final String[][] SWAPS = {
        {"opacity", "opacities"}, {"effusion", "effusions"}, {"small", "trace"}, {"no", "without"},
        {"normal", "unremarkable"}, {"calcified", "calcification"}, {"likely", "probably"}, {"mild", "minimal"},
        {"degenerative", "degeneration"}, {"recommend", "recommended"}, {"nodule", "nodules"},
        {"fracture", "fractured"}, {"acute", "acutely"}, {"stable", "stability"}, {"changes", "changed"},
    };
    private static final String[] FILLERS = {"again", "noted", "unchanged", "interval", "also", "otherwise", "the"};

    record Pair(String reference, String prediction) {
    }

    private BenchmarkPairs() {
    }

    /** {@code count} distinct pairs from reports 0, 1, 2, ... of a generator seeded with {@code seed}. */
    static List<Pair> generate(int count, long seed) {
        ReportGenerator generator = new ReportGenerator(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<Pair> pairs = new ArrayList<>(count);
        for (long index = 0; pairs.size() < count; index++) {
            Matcher matcher = IMPRESSION.matcher(generator.generate(index).reportText());
            if (matcher.find() && !matcher.group(1).isBlank()) {
                String reference = matcher.group(1).strip();
                pairs.add(new Pair(reference, paraphrase(reference, random)));
            }
            if (index > 100L * count + 1000) {
                throw new IllegalStateException("the report generator yields too few impressions: "
                        + pairs.size() + " of " + count + " after " + index + " reports");
            }
        }
        return pairs;
    }

    private static String paraphrase(String text, SplittableRandom random) {
        String[] lines = text.split("\n");
        if (lines.length > 1 && random.nextInt(3) == 0) {
            String first = lines[0];
            lines[0] = lines[lines.length - 1];
            lines[lines.length - 1] = first;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            boolean upper = random.nextInt(5) == 0;
            for (String word : lines[l].split(" ")) {
                int roll = random.nextInt(100);
                if (roll < 8) {
                    continue;
                }
                String chosen = roll < 30 ? swap(word, random) : word;
                out.append(upper ? chosen.toUpperCase(Locale.ROOT) : chosen).append(' ');
                if (random.nextInt(20) == 0) {
                    out.append(FILLERS[random.nextInt(FILLERS.length)]).append(' ');
                }
            }
        }
        return out.toString();
    }

    private static String swap(String word, SplittableRandom random) {
        String bare = word.toLowerCase(Locale.ROOT).replaceAll("[.,;:]", "");
        for (String[] swap : SWAPS) {
            if (bare.equals(swap[0])) {
                return swap[1];
            }
            if (bare.equals(swap[1]) && random.nextBoolean()) {
                return swap[0];
            }
        }
        return word;
    }
}
