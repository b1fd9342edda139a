package io.radlake.eval.rouge;

import java.util.Arrays;

/**
 * One text as token ids, plus where each of its non-empty lines starts: line {@code k} holds
 * {@code ids[lineStarts[k], lineStarts[k + 1])}. Lines without tokens are left out; ROUGE-Lsum ignores them anyway.
 */
record TokenizedText(int[] ids, int[] lineStarts) {

    int length() {
        return ids.length;
    }

    int lineCount() {
        return lineStarts.length - 1;
    }

    int[] line(int k) {
        return Arrays.copyOfRange(ids, lineStarts[k], lineStarts[k + 1]);
    }

    static final class Builder {
        private int[] ids = new int[64];
        private int[] lineStarts = new int[8];
        private int size;
        private int lines;
        private int lastLine = -1;

        void add(int id, int line) {
            if (line != lastLine) {
                if (lines + 1 >= lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lineStarts.length * 2);
                }
                lineStarts[lines++] = size;
                lastLine = line;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        TokenizedText build() {
            int[] starts = Arrays.copyOf(lineStarts, lines + 1);
            starts[lines] = size;
            return new TokenizedText(Arrays.copyOf(ids, size), starts);
        }
    }
}
