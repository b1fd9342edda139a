package io.radlake.deid.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary pass as one hash lookup per word: entries are keyed by their first word (the leading run of
 * letters and digits, folded, see {@link Chars}), the scan hashes each word of the text once and checks the few
 * entries sharing that first word ("new" -> "new york", "new jersey", ...) char by char. It finds exactly the
 * whole-word matches of the Aho-Corasick automaton it replaced (kept as the tests' reference, AhoCorasick), in the
 * same order (end, then start), because a whole-word
 * match can only start where a word starts (or at a punctuation char) and its first word must be the text's
 * whole word there (word boundaries are judged on the raw text, entries compared folded: the two agree because
 * folding never turns a letter or digit into another kind of char, which {@code WordKeyedDictionaryTest} checks
 * for every char). Why not Aho-Corasick: its dense table over thousands of entries is megabytes, and stepping it
 * once per char misses the cache at almost every char; here one probe per word into 128 KB of slots, then the key.
 * Immutable and thread-safe.
 */
public final class WordKeyedDictionary implements DictionaryScanner {

    /** Open-addressing table over first words: hash per slot (0 = empty, hashes are made odd). */
    private final int[] slotHash;
    /** Per slot: the first-word group. */
    private final int[] slotGroup;
    private final int mask;
    /** Per group: its first word in {@link #keys} and its entries in {@link #groupEntries}. */
    private final int[] keyStart;
    private final int[] keyLength;
    private final int[] entriesStart;
    private final int[] entriesEnd;
    /** Entry indices grouped by first word, shortest entry first (hits at one start come out in end order). */
    private final int[] groupEntries;
    /** Entries that start with a punctuation char, by that folded char; null when there are none. */
    private final int[][] byPunctuation;
    private final char[] keys;
    /** Per entry: its folded chars in {@link #text}, its length and its kind bits. */
    private final int[] entryStart;
    private final int[] entryLength;
    private final int[] entryKinds;
    private final char[] text;

    /** @param entries folded entry text -> kind bits (empty entries are ignored) */
    public WordKeyedDictionary(Map<String, Integer> entries) {
        List<String> words = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        StringBuilder pool = new StringBuilder();
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String word = entry.getKey();
            if (word.isEmpty()) {
                continue;
            }
            words.add(word);
            kinds.add(entry.getValue());
        }
        int count = words.size();
        entryStart = new int[count];
        entryLength = new int[count];
        entryKinds = new int[count];
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<Character, List<Integer>> punctuation = new LinkedHashMap<>();
        for (int e = 0; e < count; e++) {
            String word = words.get(e);
            entryStart[e] = pool.length();
            entryLength[e] = word.length();
            entryKinds[e] = kinds.get(e);
            pool.append(word);
            int first = 0;
            while (first < word.length() && Chars.isWordChar(word.charAt(first))) {
                first++;
            }
            if (first == 0) {
                punctuation.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(e);
            } else {
                groups.computeIfAbsent(word.substring(0, first), k -> new ArrayList<>()).add(e);
            }
        }
        text = pool.toString().toCharArray();
        int groupCount = groups.size();
        int capacity = Integer.highestOneBit(Math.max(16, groupCount * 3)) << 1; // load <= 1/3: short probes
        slotHash = new int[capacity];
        slotGroup = new int[capacity];
        mask = capacity - 1;
        keyStart = new int[groupCount];
        keyLength = new int[groupCount];
        entriesStart = new int[groupCount];
        entriesEnd = new int[groupCount];
        groupEntries = new int[count];
        StringBuilder keyPool = new StringBuilder();
        int g = 0;
        int next = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            String key = group.getKey();
            keyStart[g] = keyPool.length();
            keyLength[g] = key.length();
            keyPool.append(key);
            entriesStart[g] = next;
            for (int e : shortestFirst(group.getValue())) {
                groupEntries[next++] = e;
            }
            entriesEnd[g] = next;
            int hash = 1;
            for (int i = 0; i < key.length(); i++) {
                hash = hash * 31 + key.charAt(i);
            }
            hash = finish(hash);
            int slot = hash & mask;
            while (slotHash[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slotHash[slot] = hash;
            slotGroup[slot] = g;
            g++;
        }
        keys = keyPool.toString().toCharArray();
        if (punctuation.isEmpty()) {
            byPunctuation = null;
        } else {
            byPunctuation = new int[0x10000][];
            punctuation.forEach((c, list) -> byPunctuation[c] = shortestFirst(list));
        }
    }

    private int[] shortestFirst(List<Integer> group) {
        return group.stream().sorted((a, b) -> Integer.compare(entryLength[a], entryLength[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int finish(int hash) {
        return (hash * 0x9E3779B9) | 1;
    }

    @Override
    public void scan(String text, DictionaryHits out) {
        scan(text, text.toCharArray(), out);
    }

    @Override
    public void scan(String text, char[] chars, DictionaryHits out) {
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!Chars.isWordChar(c)) {
                if (byPunctuation != null && byPunctuation[Chars.fold(c)] != null) {
                    for (int e : byPunctuation[Chars.fold(c)]) {
                        tryEntry(e, chars, i, i, out);
                    }
                }
                i++;
                continue;
            }
            // A word starts at i (the char before is no word char): hash it folded.
            int hash = 1;
            int j = i;
            do {
                hash = hash * 31 + Chars.fold(chars[j]);
                j++;
            } while (j < n && Chars.isWordChar(chars[j]));
            int group = find(finish(hash), chars, i, j - i);
            if (group >= 0) {
                for (int k = entriesStart[group]; k < entriesEnd[group]; k++) {
                    tryEntry(groupEntries[k], chars, i, j, out);
                }
            }
            i = j;
        }
        out.sortByEndThenStart();
    }

    /** The group whose first word is {@code chars[from, from + length)} folded, or -1. */
    private int find(int hash, char[] chars, int from, int length) {
        for (int slot = hash & mask; slotHash[slot] != 0; slot = (slot + 1) & mask) {
            if (slotHash[slot] == hash) {
                int g = slotGroup[slot];
                if (keyLength[g] == length && sameFolded(chars, from, keys, keyStart[g], length)) {
                    return g;
                }
            }
        }
        return -1;
    }

    /** Adds entry e as a hit at {@code start} when the rest of it (after {@code matchedTo}) and its end match. */
    private void tryEntry(int e, char[] chars, int start, int matchedTo, DictionaryHits out) {
        int length = entryLength[e];
        int end = start + length;
        if (end > chars.length) {
            return;
        }
        int done = matchedTo - start;
        if (!sameFolded(chars, matchedTo, text, entryStart[e] + done, length - done)) {
            return;
        }
        // An entry that ends in a word char must end where the text's word ends.
        if (end < chars.length && Chars.isWordChar(chars[end]) && Chars.isWordChar(chars[end - 1])) {
            return;
        }
        out.add(start, end, entryKinds[e]);
    }

    private static boolean sameFolded(char[] chars, int from, char[] folded, int foldedFrom, int length) {
        for (int k = 0; k < length; k++) {
            if (Chars.fold(chars[from + k]) != folded[foldedFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
