package io.radlake.dataset.export;

import java.io.Serializable;

/**
 * Counts tokens for the length statistics, the length filters and the card. Serializable because a counter is
 * captured by Spark tasks; implementations hold configuration only and load heavy state lazily per JVM.
 */
public interface TokenCounter extends Serializable {

    /** Number of tokens in {@code text}; {@code null} counts as 0 (an absent field has no tokens). */
    int count(String text);

    /**
     * What counts the tokens, for the card and the manifest's build parameters. Machine-independent (no folders), so
     * reruns elsewhere give the same bytes, e.g. {@code whitespace} or {@code huggingface tokenizer.json sha256=...}
     * (the tokenizer's file name and content hash).
     */
    String description();
}
