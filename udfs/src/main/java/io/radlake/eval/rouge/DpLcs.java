package io.radlake.eval.rouge;

/**
 * The plain dynamic-programming LCS, O(m n) time, as rouge-score computes it. Kept as the baseline that
 * {@link BitParallelLcs} is tested and benchmarked against.
 */
public final class DpLcs implements LcsAlgorithm {

    @Override
    public int length(int[] a, int[] b) {
        int m = a.length;
        int n = b.length;
        if (m == 0 || n == 0) {
            return 0;
        }
        // Two rows of the table suffice for the length.
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            int ai = a[i - 1];
            for (int j = 1; j <= n; j++) {
                current[j] = ai == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[n];
    }

    @Override
    public int[] referenceIndices(int[] reference, int[] candidate) {
        int m = reference.length;
        int n = candidate.length;
        if (m == 0 || n == 0) {
            return new int[0];
        }
        int width = n + 1;
        int[] table = new int[(m + 1) * width];
        for (int i = 1; i <= m; i++) {
            int ri = reference[i - 1];
            for (int j = 1; j <= n; j++) {
                table[i * width + j] = ri == candidate[j - 1]
                        ? table[(i - 1) * width + j - 1] + 1
                        : Math.max(table[(i - 1) * width + j], table[i * width + j - 1]);
            }
        }
        int[] picked = new int[table[m * width + n]];
        int count = picked.length;
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (reference[i - 1] == candidate[j - 1]) {
                picked[--count] = i - 1;
                i--;
                j--;
            } else if (table[i * width + j - 1] > table[(i - 1) * width + j]) {
                j--;
            } else {
                i--;
            }
        }
        // Matches are taken only where they extend an LCS and ties stay on one, so every slot is filled.
        return picked;
    }

    @Override
    public String name() {
        return "dynamic-programming";
    }
}
