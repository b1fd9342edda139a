package io.radlake.eval.rouge;

/**
 * Longest common subsequence of two token-id sequences: its length for ROUGE-L, and for ROUGE-Lsum the positions of
 * one LCS in the reference, chosen exactly as rouge-score's {@code _backtrack_norec} chooses among equally long ones.
 * Implementations are stateless and thread-safe. Ids are non-negative.
 */
public interface LcsAlgorithm {

    /** Length of a longest common subsequence of {@code a} and {@code b}. */
    int length(int[] a, int[] b);

    /**
     * Ascending positions in {@code reference} of the LCS that rouge-score picks: backtracking from the end of both
     * sequences, take a match when the two tokens are equal, else step back in {@code candidate} only when that keeps a
     * strictly longer LCS than stepping back in {@code reference}.
     */
    int[] referenceIndices(int[] reference, int[] candidate);

    /** Short name for reports, for example "bit-parallel". */
    String name();
}
