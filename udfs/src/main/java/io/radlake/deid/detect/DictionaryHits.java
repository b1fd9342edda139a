package io.radlake.deid.detect;

import java.util.Arrays;

/**
 * Whole-word dictionary matches of one text: parallel growable arrays (start, end, kind bits of {@link Lexicon}),
 * ordered by end, then start. The context rules emit candidates in this order, which decides ties between
 * candidates for the same span.
 */
public final class DictionaryHits {

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] kinds = new int[64];
    private int size;

    public void add(int start, int end, int kindBits) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kindBits;
        size++;
    }

    /**
     * Puts the hits in end, then start order. Insertion sort: scanners that go by start add hits almost in this
     * order already (only a phrase ending after the next word's hit is out of place).
     */
    void sortByEndThenStart() {
        for (int i = 1; i < size; i++) {
            int start = starts[i];
            int end = ends[i];
            int kind = kinds[i];
            int j = i - 1;
            while (j >= 0 && (ends[j] > end || ends[j] == end && starts[j] > start)) {
                starts[j + 1] = starts[j];
                ends[j + 1] = ends[j];
                kinds[j + 1] = kinds[j];
                j--;
            }
            starts[j + 1] = start;
            ends[j + 1] = end;
            kinds[j + 1] = kind;
        }
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int kinds(int i) {
        return kinds[i];
    }
}
