package io.radlake.corpus;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from (corpus seed, stream, index), so any record or patient can be
 * regenerated alone: nothing depends on what was generated before it.
 */
final class Seeds {

    /** Stream tags: different purposes never share random numbers. */
    static final long REPORT = 0x5245504f5254L;
    static final long PATIENT = 0x50415449454eL;
    static final long PATIENT_PICK = 0x5049434bL;
    static final long BROKEN = 0x42524f4bL;
    static final long STAFF = 0x5354414646L;
    static final long OVERSIZED_SLOT = 0x4f56455253L;
    static final long SCANNER = 0x5343414eL;
    static final long ACCESSION = 0x41434345L;

    private Seeds() {
    }

    /** SplitMix64 finaliser: a bijective mix with good avalanche, so nearby inputs give unrelated outputs. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long derive(long seed, long stream, long index) {
        return mix64(mix64(seed ^ mix64(stream)) + index * 0x9e3779b97f4a7c15L);
    }

    static SplittableRandom random(long seed, long stream, long index) {
        return new SplittableRandom(derive(seed, stream, index));
    }

    /** Uniform in [0, bound) from a single derived value, for cheap one-off picks. */
    static int pick(long seed, long stream, long index, int bound) {
        return (int) Long.remainderUnsigned(derive(seed, stream, index), bound);
    }
}
