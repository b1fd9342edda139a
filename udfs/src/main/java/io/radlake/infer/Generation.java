package io.radlake.infer;

/**
 * What a model produced for one input.
 *
 * @param inputTokens    prompt tokens the model was given (after truncation)
 * @param outputTokens   tokens of {@code text} (stop string and end-of-sequence token excluded)
 * @param inputTruncated true when the input was cut so that the prompt fits the model's context
 */
public record Generation(String text, int inputTokens, int outputTokens, boolean inputTruncated) {}
