package io.radlake.infer;

/** How the next token is chosen. Both are deterministic: the same model and input give the same text. */
public enum Decoding {
    /** The most likely token at every step (ties: the lowest token id). */
    GREEDY,
    /** Beam search over {@link GenerationConfig#beamSize()} hypotheses, scored by mean log-probability per token. */
    BEAM
}
