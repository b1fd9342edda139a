package io.radlake.deid.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over folded text ({@link Chars}), compiled to a dense transition table on a small
 * alphabet (the chars that occur in entries; every other char sends the automaton back to the root), so the scan
 * costs one table lookup per char whatever the number of entries. Reports whole-word matches only. Immutable and
 * thread-safe.
 */
public final class AhoCorasick implements DictionaryScanner {

    /** Folded char -> alphabet symbol; 0 for chars that occur in no entry. */
    private final byte[] symbolOf = new byte[0x10000];
    private final int alphabet;
    /** Dense transition table, char-sized to halve its cache footprint (states < 65536 is checked). */
    private final char[] delta;
    /** Per state: length of the entry ending here, 0 if none. */
    private final int[] entryLength;
    private final int[] entryKinds;
    /** Per state: the next state on the failure chain that ends an entry, or -1. */
    private final int[] nextOutput;

    /** @param entries folded entry text -> kind bits */
    public AhoCorasick(Map<String, Integer> entries) {
        int symbols = 1;
        for (String entry : entries.keySet()) {
            for (int i = 0; i < entry.length(); i++) {
                char c = entry.charAt(i);
                if (symbolOf[c] == 0) {
                    if (symbols == 127) {
                        throw new IllegalArgumentException("dictionary alphabet must have < 127 distinct chars");
                    }
                    symbolOf[c] = (byte) symbols++;
                }
            }
        }
        alphabet = symbols;
        // Trie with growable per-state child tables.
        List<int[]> children = new ArrayList<>();
        List<int[]> terminal = new ArrayList<>(); // {length, kinds}
        children.add(new int[alphabet]);
        terminal.add(new int[2]);
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String word = entry.getKey();
            if (word.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int symbol = symbolOf[word.charAt(i)];
                int next = children.get(state)[symbol];
                if (next == 0) {
                    next = children.size();
                    children.add(new int[alphabet]);
                    terminal.add(new int[2]);
                    children.get(state)[symbol] = next;
                }
                state = next;
            }
            terminal.get(state)[0] = word.length();
            terminal.get(state)[1] |= entry.getValue();
        }
        int states = children.size();
        if (states > Character.MAX_VALUE) {
            throw new IllegalArgumentException("dictionary automaton must have <= 65535 states, got: " + states);
        }
        delta = new char[states * alphabet];
        entryLength = new int[states];
        entryKinds = new int[states];
        nextOutput = new int[states];
        int[] fail = new int[states];
        for (int s = 0; s < states; s++) {
            entryLength[s] = terminal.get(s)[0];
            entryKinds[s] = terminal.get(s)[1];
        }
        Arrays.fill(nextOutput, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 1; a < alphabet; a++) {
            int child = children.get(0)[a];
            delta[a] = (char) child;
            if (child != 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int f = fail[s];
            nextOutput[s] = entryLength[f] > 0 ? f : nextOutput[f];
            for (int a = 1; a < alphabet; a++) {
                int child = children.get(s)[a];
                if (child != 0) {
                    fail[child] = delta[f * alphabet + a];
                    delta[s * alphabet + a] = (char) child;
                    queue.add(child);
                } else {
                    delta[s * alphabet + a] = delta[f * alphabet + a];
                }
            }
            // symbol 0 (a char in no entry) leads back to the root: delta[s * alphabet] stays 0.
        }
    }

    public int stateCount() {
        return entryLength.length;
    }

    @Override
    public void scan(String text, DictionaryHits out) {
        int state = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            state = delta[state * alphabet + symbolOf[Chars.fold(text.charAt(i))]];
            int first = entryLength[state] > 0 ? state : nextOutput[state];
            if (first < 0) {
                continue; // no entry ends here: the common case, one lookup per char
            }
            int end = i + 1;
            if (end < n && Chars.isWordChar(text.charAt(end)) && Chars.isWordChar(text.charAt(i))) {
                continue; // no whole word ends inside a word
            }
            for (int s = first; s >= 0; s = nextOutput[s]) {
                int start = end - entryLength[s];
                if (start == 0 || !Chars.isWordChar(text.charAt(start - 1)) || !Chars.isWordChar(text.charAt(start))) {
                    out.add(start, end, entryKinds[s]);
                }
            }
        }
    }
}
