package io.radlake.eval.rouge;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ROUGE measures this package computes, named as in rouge-score. */
public enum RougeType {
    /** Unigram overlap. */
    ROUGE_1("rouge1"),
    /** Bigram overlap. */
    ROUGE_2("rouge2"),
    /** Longest common subsequence over the whole text. */
    ROUGE_L("rougeL"),
    /** Summary-level LCS: newline-separated sentences, union LCS per reference sentence. */
    ROUGE_LSUM("rougeLsum");

    private final String key;

    RougeType(String key) {
        this.key = key;
    }

    /** rouge-score's name: rouge1, rouge2, rougeL or rougeLsum. */
    public String key() {
        return key;
    }

    public static RougeType fromKey(String key) {
        for (RougeType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown ROUGE type '" + key + "', allowed: "
                + Arrays.stream(values()).map(RougeType::key).collect(Collectors.joining(", ")));
    }
}
