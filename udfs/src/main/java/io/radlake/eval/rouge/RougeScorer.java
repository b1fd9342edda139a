package io.radlake.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum with the same numbers as Google's rouge-score
 * ({@code rouge_scorer.RougeScorer(types, use_stemmer).score(target, prediction)}): its tokenizer, NLTK's Porter
 * stemmer, clipped n-gram counts, LCS, and Lsum's newline-split union LCS with rouge-score's choice among equally long
 * LCS and its guard against counting a token twice. Every ratio is formed as in rouge-score, so results are
 * bit-identical, not merely close.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} and share it.
 */
public final class RougeScorer {

    private final List<RougeType> types;
    private final RougeTokenizer tokenizer;
    private final LcsAlgorithm lcs;

    private RougeScorer(Builder builder) {
        this.types = List.copyOf(builder.types);
        this.tokenizer = RougeTokenizer.of(builder.useStemmer);
        this.lcs = builder.lcs;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<RougeType> types() {
        return types;
    }

    public boolean usesStemmer() {
        return tokenizer.usesStemmer();
    }

    public LcsAlgorithm lcsAlgorithm() {
        return lcs;
    }

    /**
     * Scores {@code prediction} against {@code reference}. Note the order: rouge-score's {@code score(target,
     * prediction)} also takes the reference first.
     */
    public RougeScores score(String reference, String prediction) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(prediction, "prediction");
        // A token takes at least two characters with its separator: a bound on distinct tokens, not an estimate.
        TokenIds ids = new TokenIds(Math.min(reference.length() + prediction.length(), 4096) / 2 + 1);
        TokenizedText target = tokenizer.tokenizeToIds(reference, ids);
        TokenizedText predicted = tokenizer.tokenizeToIds(prediction, ids);
        int vocabulary = ids.size();
        Score[] scores = new Score[types.size()];
        for (int t = 0; t < scores.length; t++) {
            scores[t] = switch (types.get(t)) {
                case ROUGE_1 -> unigrams(target.ids(), predicted.ids(), vocabulary);
                case ROUGE_2 -> bigrams(target.ids(), predicted.ids());
                case ROUGE_L -> longestCommonSubsequence(target.ids(), predicted.ids());
                case ROUGE_LSUM -> summaryLevel(target, predicted, vocabulary);
            };
        }
        return new RougeScores(types, scores);
    }

    private static Score unigrams(int[] target, int[] predicted, int vocabulary) {
        // Clipped overlap, sum of min(count in target, count in prediction), by spending the target's counts.
        int[] unspent = new int[vocabulary];
        for (int id : target) {
            unspent[id]++;
        }
        int overlap = 0;
        for (int id : predicted) {
            if (unspent[id] > 0) {
                unspent[id]--;
                overlap++;
            }
        }
        return ngramScore(overlap, target.length, predicted.length);
    }

    private static Score bigrams(int[] target, int[] predicted) {
        long[] targetBigrams = sortedBigrams(target);
        long[] predictedBigrams = sortedBigrams(predicted);
        int overlap = 0;
        int i = 0;
        int j = 0;
        while (i < targetBigrams.length && j < predictedBigrams.length) {
            long a = targetBigrams[i];
            long b = predictedBigrams[j];
            if (a == b) {
                overlap++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return ngramScore(overlap, targetBigrams.length, predictedBigrams.length);
    }

    private static long[] sortedBigrams(int[] tokens) {
        if (tokens.length < 2) {
            return new long[0];
        }
        long[] keys = new long[tokens.length - 1];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = ((long) tokens[k] << 32) | tokens[k + 1];
        }
        Arrays.sort(keys);
        return keys;
    }

    private static Score ngramScore(int overlap, int targetCount, int predictedCount) {
        double precision = (double) overlap / Math.max(predictedCount, 1);
        double recall = (double) overlap / Math.max(targetCount, 1);
        return Score.of(precision, recall);
    }

    private Score longestCommonSubsequence(int[] target, int[] predicted) {
        if (target.length == 0 || predicted.length == 0) {
            return Score.ZERO;
        }
        int length = lcs.length(target, predicted);
        return Score.of((double) length / predicted.length, (double) length / target.length);
    }

    /**
     * rouge-score's {@code _summary_level_lcs}: for each reference line, the union of one LCS per predicted line
     * (positions in the reference line), walked in position order; a token counts as a hit while both sides still
     * have an unused occurrence of it.
     */
    private Score summaryLevel(TokenizedText target, TokenizedText predicted, int vocabulary) {
        if (target.length() == 0 || predicted.length() == 0) {
            return Score.ZERO;
        }
        int[] unusedInTarget = new int[vocabulary];
        for (int id : target.ids()) {
            unusedInTarget[id]++;
        }
        int[] unusedInPrediction = new int[vocabulary];
        for (int id : predicted.ids()) {
            unusedInPrediction[id]++;
        }
        List<int[]> predictedLines = new ArrayList<>(predicted.lineCount());
        for (int k = 0; k < predicted.lineCount(); k++) {
            predictedLines.add(predicted.line(k));
        }
        int hits = 0;
        for (int k = 0; k < target.lineCount(); k++) {
            int[] line = target.line(k);
            boolean[] inUnion = new boolean[line.length];
            for (int[] predictedLine : predictedLines) {
                for (int position : lcs.referenceIndices(line, predictedLine)) {
                    inUnion[position] = true;
                }
            }
            for (int position = 0; position < line.length; position++) {
                int id = line[position];
                if (inUnion[position] && unusedInPrediction[id] > 0 && unusedInTarget[id] > 0) {
                    hits++;
                    unusedInPrediction[id]--;
                    unusedInTarget[id]--;
                }
            }
        }
        return Score.of((double) hits / predicted.length(), (double) hits / target.length());
    }

    /** Settings for a {@link RougeScorer}; defaults: no stemming, bit-parallel LCS, no types (one is required). */
    public static final class Builder {
        private final LinkedHashSet<RougeType> types = new LinkedHashSet<>();
        private boolean useStemmer;
        private LcsAlgorithm lcs = new BitParallelLcs();

        private Builder() {
        }

        /** The types to compute, in this order (duplicates ignored); replaces earlier choices. */
        public Builder metrics(RougeType... metrics) {
            return metrics(Arrays.asList(metrics));
        }

        public Builder metrics(Collection<RougeType> metrics) {
            types.clear();
            for (RougeType type : metrics) {
                types.add(Objects.requireNonNull(type, "metrics must not contain null"));
            }
            return this;
        }

        /** Porter-stem tokens longer than 3 characters, as rouge-score's {@code use_stemmer=True}. */
        public Builder useStemmer(boolean useStemmer) {
            this.useStemmer = useStemmer;
            return this;
        }

        /** The LCS implementation; {@link DpLcs} gives the same scores, only slower. */
        public Builder lcsAlgorithm(LcsAlgorithm lcs) {
            this.lcs = Objects.requireNonNull(lcs, "lcsAlgorithm");
            return this;
        }

        public RougeScorer build() {
            if (types.isEmpty()) {
                throw new IllegalStateException("metrics must name at least one ROUGE type (allowed: "
                        + Arrays.toString(RougeType.values()) + "), got none");
            }
            return new RougeScorer(this);
        }
    }
}
