package io.radlake.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides which records are broken and how, from (seed, index) alone, so the choice does not depend on
 * generation order. OVERSIZED_TEXT is only possible at one designated index per 1,000 reports, and is
 * always the kind there when that record is broken; elsewhere a draw of it falls back to another kind. Two things depend on the layout: a duplicate must point at an earlier good record of
 * the same file (the first records of a file may fall back to another kind), and Parquet cannot hold a
 * truncated row (it falls back to MISSING_REQUIRED_FIELD).
 */
final class BrokenRecordPlanner {

    /** OVERSIZED_TEXT may only occur at one designated index per block of this many reports. */
    static final int OVERSIZED_BLOCK = 1_000;
    private static final int DUPLICATE_LOOKBACK = 8;

    private final long seed;
    private final double fraction;
    private final List<BrokenKind> enabled;
    private final List<BrokenKind> simpleKinds;
    private final CorpusFormat format;

    BrokenRecordPlanner(long seed, double fraction, Set<BrokenKind> kinds, CorpusFormat format) {
        this.seed = seed;
        this.fraction = fraction;
        this.enabled = List.copyOf(kinds); // EnumSet order: stable
        List<BrokenKind> simple = new ArrayList<>(enabled);
        simple.remove(BrokenKind.OVERSIZED_TEXT);
        simple.remove(BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT);
        this.simpleKinds = List.copyOf(simple);
        this.format = format;
    }

    /** The plan for record {@code index}, or null for a good record. */
    BrokenPlan plan(long index, long fileStartIndex) {
        if (fraction == 0.0 || enabled.isEmpty()) {
            return null;
        }
        SplittableRandom random = Seeds.random(seed, Seeds.BROKEN, index);
        if (!(random.nextDouble() < fraction)) {
            return null;
        }
        BrokenKind kind = enabled.get(random.nextInt(enabled.size()));
        // Drawn for every broken record, used or not, so one kind's parameters never shift another's.
        int keepFields = 1 + random.nextInt(CorpusColumns.METADATA.size() - 1);
        double cutFraction = random.nextDouble();
        boolean omitKey = random.nextBoolean();
        int variant = random.nextInt(1_000);
        int fallbackPick = random.nextInt(1_000);
        int lookback = 1 + random.nextInt(3);
        long duplicateOf = -1;

        if (enabled.contains(BrokenKind.OVERSIZED_TEXT) && isOversizedSlot(index)) {
            // The block's one allowed oversized record: taking it whenever it is broken keeps
            // OVERSIZED_TEXT frequent enough to test (about brokenFraction per 1,000 reports).
            kind = BrokenKind.OVERSIZED_TEXT;
        } else if (kind == BrokenKind.OVERSIZED_TEXT) {
            kind = fallback(fallbackPick);
        } else if (kind == BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT) {
            duplicateOf = goodRecordBefore(index, fileStartIndex, lookback);
            if (duplicateOf < 0) {
                kind = fallback(fallbackPick);
            }
        }
        if (kind == null) {
            return null;
        }
        if (kind == BrokenKind.TRUNCATED_RECORD && format == CorpusFormat.PARQUET) {
            kind = BrokenKind.MISSING_REQUIRED_FIELD;
        }
        return new BrokenPlan(kind, keepFields, cutFraction, omitKey, variant, duplicateOf);
    }

    private BrokenKind fallback(int pick) {
        return simpleKinds.isEmpty() ? null : simpleKinds.get(pick % simpleKinds.size());
    }

    boolean isOversizedSlot(long index) {
        long block = index / OVERSIZED_BLOCK;
        return index % OVERSIZED_BLOCK == Seeds.pick(seed, Seeds.OVERSIZED_SLOT, block, OVERSIZED_BLOCK);
    }

    /** Whether record {@code index} draws as broken at all (its plan may still fall back to good). */
    private boolean drawsBroken(long index) {
        return Seeds.random(seed, Seeds.BROKEN, index).nextDouble() < fraction;
    }

    /** The nearest good record at least {@code lookback} back, within the file and a few records. */
    private long goodRecordBefore(long index, long fileStartIndex, int lookback) {
        long lowest = Math.max(fileStartIndex, index - DUPLICATE_LOOKBACK);
        for (long candidate = index - lookback; candidate >= lowest; candidate--) {
            if (!drawsBroken(candidate)) {
                return candidate;
            }
        }
        for (long candidate = index - 1; candidate > index - lookback && candidate >= lowest; candidate--) {
            if (!drawsBroken(candidate)) {
                return candidate;
            }
        }
        return -1;
    }
}
