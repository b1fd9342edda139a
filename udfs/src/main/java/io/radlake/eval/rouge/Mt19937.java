package io.radlake.eval.rouge;

/**
 * MT19937 seeded and drawn exactly like numpy's legacy {@code np.random.seed(seed)} / {@code RandomState}, so
 * {@link BootstrapAggregator} resamples the very rows rouge-score's {@code np.random.choice} would. Not thread-safe;
 * one instance per aggregation.
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] state = new int[N];
    private int position;

    /** numpy's {@code mt19937_seed}: Knuth's linear initialisation from a 32-bit seed. */
    Mt19937(long seed) {
        checkSeed(seed);
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        position = N;
    }

    static void checkSeed(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("seed must be in [0, 4294967295] (numpy's legacy seed range), got: "
                    + seed);
        }
    }

    /** The next 32 random bits (numpy's {@code mt19937_next32}). */
    int nextInt() {
        if (position >= N) {
            twist();
        }
        int y = state[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    /**
     * Uniform in [0, bound) as numpy's legacy {@code randint(0, bound)}: draw 32 bits, mask to the smallest
     * all-ones value covering {@code bound - 1}, reject values above it. A bound of 1 draws nothing.
     */
    int nextBelow(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be >= 1, got: " + bound);
        }
        long max = bound - 1L;
        if (max == 0) {
            return 0;
        }
        long mask = -1L >>> Long.numberOfLeadingZeros(max);
        long value;
        do {
            value = nextInt() & mask;
        } while (value > max);
        return (int) value;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & 0x8000_0000) | (state[(i + 1) % N] & 0x7FFF_FFFF);
            int next = state[(i + M) % N] ^ (y >>> 1);
            state[i] = (y & 1) != 0 ? next ^ 0x9908B0DF : next;
        }
        position = 0;
    }
}
