package io.radlake.deid.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over folded text ({@link Chars}), compiled to a dense transition table on a small
 * alphabet (the chars that occur in entries; every other char sends the automaton back to the root), so the scan
 * costs one table lookup per char whatever the number of entries. Reports whole-word matches only. Immutable and
 * thread-safe. The engine's dictionary pass before {@link WordKeyedDictionary}; kept here, in the tests, as the
 * reference that WordKeyedDictionary must match hit for hit.
 */
public final class AhoCorasick implements DictionaryScanner {

    /** Raw text char -> alphabet symbol of its folded form; 0 for chars whose folded form occurs in no entry. */
    private final byte[] symbolOf = new byte[0x10000];
    /** Rows are padded to a power of two, so a step shifts instead of multiplying. */
    private final int alphabetBits;
    /**
     * Dense transition table, char-sized to halve its cache footprint (states < 65536 is checked). States are
     * numbered breadth-first, so the shallow states that the scan visits most share a few cache lines.
     */
    private final char[] delta;
    /** Per state: length of the entry ending here, 0 if none. */
    private final int[] entryLength;
    private final int[] entryKinds;
    /** Per state: the next state on the failure chain that ends an entry, or -1. */
    private final int[] nextOutput;
    /** Per state: the state itself if it ends an entry, else {@link #nextOutput}: one load per char. */
    private final int[] firstOutput;

    /** @param entries folded entry text -> kind bits */
    public AhoCorasick(Map<String, Integer> entries) {
        byte[] symbolOfFolded = new byte[0x10000];
        int symbols = 1;
        for (String entry : entries.keySet()) {
            for (int i = 0; i < entry.length(); i++) {
                char c = entry.charAt(i);
                if (symbolOfFolded[c] == 0) {
                    if (symbols == 127) {
                        throw new IllegalArgumentException("dictionary alphabet must have < 127 distinct chars");
                    }
                    symbolOfFolded[c] = (byte) symbols++;
                }
            }
        }
        for (int c = 0; c < symbolOf.length; c++) {
            symbolOf[c] = symbolOfFolded[Chars.fold((char) c)];
        }
        int alphabet = symbols;
        alphabetBits = 32 - Integer.numberOfLeadingZeros(alphabet - 1);
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
                int symbol = symbolOfFolded[word.charAt(i)];
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
        // Renumber breadth-first: trie state -> table state.
        int[] order = new int[states];
        int[] renamed = new int[states];
        int size = 1;
        for (int head = 0; head < size; head++) {
            int[] next = children.get(order[head]);
            for (int a = 1; a < alphabet; a++) {
                if (next[a] != 0) {
                    renamed[next[a]] = size;
                    order[size++] = next[a];
                }
            }
        }
        delta = new char[states << alphabetBits];
        entryLength = new int[states];
        entryKinds = new int[states];
        nextOutput = new int[states];
        firstOutput = new int[states];
        int[] fail = new int[states];
        for (int s = 0; s < states; s++) {
            entryLength[s] = terminal.get(order[s])[0];
            entryKinds[s] = terminal.get(order[s])[1];
        }
        Arrays.fill(nextOutput, -1);
        // Breadth-first order is table order, so every failure state is complete before it is used.
        for (int s = 0; s < states; s++) {
            int[] trieChildren = children.get(order[s]);
            int f = fail[s];
            if (s > 0) {
                nextOutput[s] = entryLength[f] > 0 ? f : nextOutput[f];
            }
            for (int a = 1; a < alphabet; a++) {
                int child = trieChildren[a] == 0 ? 0 : renamed[trieChildren[a]];
                if (child != 0) {
                    fail[child] = s == 0 ? 0 : delta[(f << alphabetBits) + a];
                    delta[(s << alphabetBits) + a] = (char) child;
                } else {
                    delta[(s << alphabetBits) + a] = s == 0 ? 0 : delta[(f << alphabetBits) + a];
                }
            }
            // Symbol 0 (a char in no entry) and the padding lead back to the root: they stay 0.
            firstOutput[s] = entryLength[s] > 0 ? s : nextOutput[s];
        }
    }

    public int stateCount() {
        return entryLength.length;
    }

    @Override
    public void scan(String text, DictionaryHits out) {
        scan(text, text.toCharArray(), out);
    }

    /** Reads {@code chars}, an array: no per-char String coder and bounds checks. */
    @Override
    public void scan(String text, char[] chars, DictionaryHits out) {
        int state = 0;
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            state = delta[(state << alphabetBits) + symbolOf[chars[i]]];
            int end = i + 1;
            if (end < n && Chars.isWordChar(chars[end]) && Chars.isWordChar(chars[i])) {
                continue; // no whole word ends inside a word: the common case, one step per char
            }
            for (int s = firstOutput[state]; s >= 0; s = nextOutput[s]) {
                int start = end - entryLength[s];
                if (start == 0 || !Chars.isWordChar(chars[start - 1]) || !Chars.isWordChar(chars[start])) {
                    out.add(start, end, entryKinds[s]);
                }
            }
        }
    }
}
