package io.radlake.deid.detect;

import java.util.Arrays;

/**
 * The words, numbers and punctuation marks of one text, for the context rules. A word is a run of letters with
 * inner apostrophes or hyphens ("O'Brien", "Hill-Sachs"); every other non-space char is a token of its own.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    private final String text;
    /** The text's chars: the accessors read an array, not the String (no per-char coder and bounds checks). */
    private final char[] chars;
    private int[] starts;
    private int[] ends;
    private byte[] types;
    /** A line break lies between the previous token and this one. */
    private boolean[] lineStart;
    /** The token's line has a lower-case letter: capitalisation means something there. */
    private boolean[] mixedCase;
    private int size;

    Tokens(String text) {
        this(text, text.toCharArray());
    }

    /** @param chars {@code text.toCharArray()}, shared with the other stages */
    Tokens(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
        lineStart = new boolean[capacity];
        mixedCase = new boolean[capacity];
        tokenize(chars);
    }

    private void tokenize(char[] text) {
        int n = text.length;
        boolean newLine = true;
        int lineFirstToken = 0;
        boolean lineHasLower = false;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c == '\n') {
                markLine(lineFirstToken, lineHasLower);
                lineFirstToken = size;
                lineHasLower = false;
                newLine = true;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\u00A0') {
                i++;
                continue;
            }
            int start = i;
            byte type;
            if (Chars.isLetter(c)) {
                type = WORD;
                i++;
                while (i < n) {
                    char d = text[i];
                    if (Chars.isLetter(d)) {
                        i++;
                    } else if ((d == '\'' || d == '-' || d == '\u2019') && i + 1 < n && Chars.isLetter(text[i + 1])) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                for (int k = start; k < i && !lineHasLower; k++) {
                    lineHasLower = Chars.isLower(text[k]);
                }
            } else if (Chars.isDigit(c)) {
                type = NUMBER;
                while (i < n && Chars.isDigit(text[i])) {
                    i++;
                }
            } else {
                type = PUNCT;
                i++;
            }
            add(start, i, type, newLine);
            newLine = false;
        }
        markLine(lineFirstToken, lineHasLower);
    }

    private void add(int start, int end, byte type, boolean newLine) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            types = Arrays.copyOf(types, capacity);
            lineStart = Arrays.copyOf(lineStart, capacity);
            mixedCase = Arrays.copyOf(mixedCase, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        lineStart[size] = newLine;
        size++;
    }

    private void markLine(int from, boolean hasLower) {
        for (int t = from; t < size; t++) {
            mixedCase[t] = hasLower;
        }
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int t) {
        return starts[t];
    }

    int end(int t) {
        return ends[t];
    }

    int length(int t) {
        return ends[t] - starts[t];
    }

    boolean isWord(int t) {
        return t >= 0 && t < size && types[t] == WORD;
    }

    boolean isNumber(int t) {
        return t >= 0 && t < size && types[t] == NUMBER;
    }

    boolean isPunct(int t, char c) {
        return t >= 0 && t < size && types[t] == PUNCT && chars[starts[t]] == c;
    }

    boolean lineStart(int t) {
        return lineStart[t];
    }

    boolean mixedCase(int t) {
        return mixedCase[t];
    }

    boolean capitalised(int t) {
        return Chars.isUpper(chars[starts[t]]);
    }

    boolean allUpper(int t) {
        for (int i = starts[t]; i < ends[t]; i++) {
            if (Chars.isLower(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** No line break between tokens {@code from} and {@code to} (inclusive, from <= to). */
    boolean sameLine(int from, int to) {
        for (int t = from + 1; t <= to; t++) {
            if (lineStart[t]) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens t and t+1 touch (no space between them). */
    boolean adjacent(int t) {
        return t + 1 < size && ends[t] == starts[t + 1];
    }

    /**
     * Index of the token starting at {@code offset}, or -1. A binary search: the context rules map their many
     * dictionary hits with {@link #nextEndingAt} and {@link #startingAtOrBefore} instead, and call this only for
     * a few pattern candidates, so no offset-indexed table (eight bytes per char) is built per text.
     */
    int tokenStartingAt(int offset) {
        int t = Arrays.binarySearch(starts, 0, size, offset);
        return t >= 0 ? t : -1;
    }

    /** Index of the token ending at {@code offset}, or -1 (a binary search, see {@link #tokenStartingAt}). */
    int tokenEndingAt(int offset) {
        int t = Arrays.binarySearch(ends, 0, size, offset);
        return t >= 0 ? t : -1;
    }

    /**
     * For offsets visited in ascending order: the first token at or after {@code from} that does not end before
     * {@code offset}, as a cursor for the next call; it is the token ending at {@code offset} when
     * {@code end(result) == offset}.
     */
    int nextEndingAt(int from, int offset) {
        int t = from;
        while (t < size && ends[t] < offset) {
            t++;
        }
        return t;
    }

    /**
     * The token starting at {@code offset}, searched backwards from token {@code from} (which starts at or after
     * it), or -1.
     */
    int startingAtOrBefore(int from, int offset) {
        int t = Math.min(from, size - 1);
        while (t >= 0 && starts[t] > offset) {
            t--;
        }
        return t >= 0 && starts[t] == offset ? t : -1;
    }

    /** The char at {@code offset} of the text. */
    char charAt(int offset) {
        return chars[offset];
    }

    /** Whether token t is {@code word}, ignoring case (no allocation). */
    boolean is(int t, String word) {
        return t >= 0 && t < size && ends[t] - starts[t] == word.length()
                && text.regionMatches(true, starts[t], word, 0, word.length());
    }
}
