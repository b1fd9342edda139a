package io.radlake.eval.rouge;

import java.util.Arrays;

/**
 * Bit-parallel LCS (Allison-Dix, in Hyyrö's form): the DP column over {@code a} is kept as a bit vector whose zero bits
 * mark where the LCS length grows, so each token of {@code b} costs a few word operations per 64 tokens of {@code a}:
 * O(ceil(m / 64) n) instead of O(m n). For impression-length texts {@code a} fits one {@code long}.
 *
 * <p>After {@code j} tokens of {@code b}, the DP value {@code t[i][j]} is the number of zero bits among the low
 * {@code i} bits of the vector, which lets {@link #referenceIndices} replay rouge-score's backtracking from the
 * stored vectors.
 */
public final class BitParallelLcs implements LcsAlgorithm {

    @Override
    public int length(int[] a, int[] b) {
        int m = a.length;
        if (m == 0 || b.length == 0) {
            return 0;
        }
        int alphabet = alphabetSize(a);
        int words = wordsFor(m);
        long[] matches = matchMasks(a, alphabet, words);
        if (words == 1) {
            long v = -1L;
            for (int x : b) {
                if (x < alphabet) {
                    long u = v & matches[x];
                    v = (v + u) | (v - u);
                }
            }
            return m - Long.bitCount(v & lowBits(m));
        }
        long[] v = allOnes(words);
        for (int x : b) {
            if (x < alphabet) {
                step(v, matches, x * words, words);
            }
        }
        return zerosBelow(v, 0, m);
    }

    @Override
    public int[] referenceIndices(int[] reference, int[] candidate) {
        int m = reference.length;
        int n = candidate.length;
        if (m == 0 || n == 0) {
            return new int[0];
        }
        int alphabet = alphabetSize(reference);
        int words = wordsFor(m);
        long[] matches = matchMasks(reference, alphabet, words);
        // history[j * words ...] is the vector after j candidate tokens; column 0 is all ones (t[i][0] = 0).
        long[] history = new long[(n + 1) * words];
        long[] v = allOnes(words);
        System.arraycopy(v, 0, history, 0, words);
        for (int j = 1; j <= n; j++) {
            int x = candidate[j - 1];
            if (x < alphabet) {
                step(v, matches, x * words, words);
            }
            System.arraycopy(v, 0, history, j * words, words);
        }
        int[] picked = new int[zerosBelow(history, n * words, m)];
        int count = picked.length;
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (reference[i - 1] == candidate[j - 1]) {
                picked[--count] = i - 1;
                i--;
                j--;
            } else if (zerosBelow(history, (j - 1) * words, i) > zerosBelow(history, j * words, i - 1)) {
                j--;
            } else {
                i--;
            }
        }
        return picked;
    }

    @Override
    public String name() {
        return "bit-parallel";
    }

    /** One column: V' = (V + (V & M)) | (V & ~M), the addition carrying across words. */
    private static void step(long[] v, long[] matches, int base, int words) {
        long carry = 0;
        for (int w = 0; w < words; w++) {
            long vw = v[w];
            long u = vw & matches[base + w];
            long sum = vw + u + carry;
            carry = ((vw & u) | ((vw | u) & ~sum)) >>> 63;
            v[w] = sum | (vw - u);
        }
    }

    private static int alphabetSize(int[] a) {
        int max = -1;
        for (int x : a) {
            if (x < 0) {
                throw new IllegalArgumentException("token ids must be >= 0, got: " + x);
            }
            max = Math.max(max, x);
        }
        return max + 1;
    }

    private static int wordsFor(int bits) {
        return (bits + 63) >>> 6;
    }

    private static long[] matchMasks(int[] a, int alphabet, int words) {
        long[] masks = new long[alphabet * words];
        for (int i = 0; i < a.length; i++) {
            masks[a[i] * words + (i >>> 6)] |= 1L << i;
        }
        return masks;
    }

    private static long[] allOnes(int words) {
        long[] v = new long[words];
        Arrays.fill(v, -1L);
        return v;
    }

    private static long lowBits(int count) {
        return count >= 64 ? -1L : (1L << count) - 1;
    }

    /** Zero bits among the low {@code bits} bits of the vector stored at {@code vectors[offset ...]}: t[bits][j]. */
    private static int zerosBelow(long[] vectors, int offset, int bits) {
        int full = bits >>> 6;
        int ones = 0;
        for (int w = 0; w < full; w++) {
            ones += Long.bitCount(vectors[offset + w]);
        }
        int rest = bits & 63;
        if (rest != 0) {
            ones += Long.bitCount(vectors[offset + full] & lowBits(rest));
        }
        return bits - ones;
    }
}
