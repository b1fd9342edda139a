package io.radlake.eval.rouge;

/**
 * Dense ids 0, 1, 2, ... for the distinct tokens of one scored pair, so n-gram counting and LCS compare ints. One
 * instance per {@code score} call; not thread-safe.
 */
final class TokenIds {
    private String[] keys;
    private int[] values;
    private int size;

    /** Sized for about {@code expectedTokens} distinct tokens without growing. */
    TokenIds(int expectedTokens) {
        int capacity = Integer.highestOneBit(Math.max(16, Math.min(expectedTokens, 1 << 20)) * 2 - 1) * 2;
        keys = new String[capacity];
        values = new int[capacity];
    }

    int idOf(String token) {
        int mask = keys.length - 1;
        int slot = mix(token.hashCode()) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                keys[slot] = token;
                values[slot] = size;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return size - 1;
            }
            if (key.equals(token)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldKeys[i].hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    @Override
    public String toString() {
        // Token text can be report text: never print it.
        return "TokenIds[size=" + size + ", capacity=" + keys.length + "]";
    }
}
