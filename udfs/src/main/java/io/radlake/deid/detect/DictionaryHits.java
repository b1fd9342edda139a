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
