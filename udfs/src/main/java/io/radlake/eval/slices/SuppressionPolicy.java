package io.radlake.eval.slices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which slice groups are withheld so that no published number describes fewer than
 * {@code minGroupSize} examples, directly or by subtraction.
 *
 * <p>Rules, applied to the group sizes of every key of a {@link SlicePlan} until nothing changes:
 * <ol>
 *   <li><b>Primary</b>: a group with n &lt; k is suppressed.</li>
 *   <li><b>Lines</b>: a line is a published total and the groups that add up to it: the overall and the groups of
 *       one attribute; a one-way group (modality=CT) and the cells of its row in a two-way table (modality=CT x
 *       patient_sex=*); the same for columns. Subtracting the published groups of a line from its total gives the
 *       combined n (and, as n x mean, the combined sums) of its suppressed groups. So in every line the suppressed
 *       groups must be none, or at least two that together hold at least k examples. While a line breaks this,
 *       its smallest published group (ties: by key) is suppressed too (complementary suppression). With one
 *       attribute and one small group this is "also suppress the next-smallest group".</li>
 *   <li><b>Totals</b>: when a one-way group is suppressed, every two-way cell in its row or column is suppressed,
 *       or the cells would add up to it. When a line breaks rule 2 and has nothing left to suppress, its total is
 *       suppressed.</li>
 * </ol>
 * Suppression depends on group sizes only, never on scores, so every model and baseline evaluated on the same
 * examples gets the same pattern and tables cannot be differenced across models. A suppressed group is reported
 * like any other suppressed group ({@link #label()}), whether it was small or withheld to protect a small one, so
 * the output does not say which groups are the small ones.
 *
 * <p>Guarantee and limit: no suppressed group can be derived from one published total minus published groups. This
 * is the standard line-by-line protection; it is not an audit of every linear combination across tables (which
 * would need a solver such as tau-ARGUS). Populations that overlap (all reports vs the abnormal-only subset) must be
 * sliced as one plan with the population as an attribute, not as two separate tables, or they can be differenced.
 *
 * @param minGroupSize k, >= 1; 1 suppresses nothing
 */
public record SuppressionPolicy(int minGroupSize) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 20;

    public SuppressionPolicy {
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("--min-group-size must be >= 1, got: " + minGroupSize);
        }
    }

    public static SuppressionPolicy defaults() {
        return new SuppressionPolicy(DEFAULT_MIN_GROUP_SIZE);
    }

    /** What a suppressed group shows instead of its size: "&lt;20" for k = 20. */
    public String label() {
        return "<" + minGroupSize;
    }

    /**
     * The suppression decision for these group sizes.
     *
     * @param groupSizes the size of every group of the plan (overall, one-way and two-way keys); sizes >= 1, since
     *                   a group only exists when it holds an example
     */
    public SuppressionPlan plan(Map<SliceKey, Long> groupSizes) {
        Objects.requireNonNull(groupSizes, "groupSizes");
        Map<SliceKey, Long> sizes = new TreeMap<>();
        for (Map.Entry<SliceKey, Long> entry : groupSizes.entrySet()) {
            SliceKey key = Objects.requireNonNull(entry.getKey(), "group key");
            Long size = entry.getValue();
            if (size == null || size < 1) {
                throw new IllegalArgumentException("group sizes must be >= 1, got " + size + " for a group of slice "
                        + key.definition().name());
            }
            sizes.put(key, size);
        }
        Set<SliceKey> suppressed = new HashSet<>();
        for (Map.Entry<SliceKey, Long> entry : sizes.entrySet()) {
            if (entry.getValue() < minGroupSize) {
                suppressed.add(entry.getKey());
            }
        }
        List<Line> lines = lines(sizes);
        Comparator<SliceKey> smallestFirst = Comparator.<SliceKey>comparingLong(sizes::get)
                .thenComparing(Comparator.naturalOrder());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SliceKey key : sizes.keySet()) {
                if (key.arity() == 2 && !suppressed.contains(key)
                        && (suppressed.contains(key.marginal(0)) || suppressed.contains(key.marginal(1)))) {
                    suppressed.add(key);
                    changed = true;
                }
            }
            for (Line line : lines) {
                changed |= protect(line, sizes, suppressed, smallestFirst);
            }
        }
        return new SuppressionPlan(minGroupSize, sizes, suppressed);
    }

    /** Suppresses groups of {@code line} (or its total) until the line satisfies rule 2; true when it changed any. */
    private boolean protect(Line line, Map<SliceKey, Long> sizes, Set<SliceKey> suppressed,
            Comparator<SliceKey> smallestFirst) {
        boolean changed = false;
        while (true) {
            int count = 0;
            long total = 0;
            SliceKey smallestPublished = null;
            for (SliceKey cell : line.cells) {
                if (suppressed.contains(cell)) {
                    count++;
                    total += sizes.get(cell);
                } else if (smallestPublished == null || smallestFirst.compare(cell, smallestPublished) < 0) {
                    smallestPublished = cell;
                }
            }
            if (count == 0 || (count >= 2 && total >= minGroupSize)) {
                return changed;
            }
            if (smallestPublished != null) {
                suppressed.add(smallestPublished);
                changed = true;
            } else {
                // Every group of the line is withheld and they still betray each other through the total.
                if (sizes.containsKey(line.total) && suppressed.add(line.total)) {
                    changed = true;
                }
                return changed;
            }
        }
    }

    /** One-way lines (total: overall) per attribute; row and column lines (total: one-way group) per pair. */
    private static List<Line> lines(Map<SliceKey, Long> sizes) {
        Map<List<Object>, Line> lines = new LinkedHashMap<>();
        for (SliceKey key : sizes.keySet()) {
            if (key.arity() == 1) {
                lines.computeIfAbsent(List.of(key.attributes()), ignored -> new Line(SliceKey.OVERALL))
                        .cells.add(key);
            } else if (key.arity() == 2) {
                for (int side = 0; side < 2; side++) {
                    SliceKey total = key.marginal(side);
                    lines.computeIfAbsent(List.of(key.attributes(), total), ignored -> new Line(total))
                            .cells.add(key);
                }
            }
        }
        return new ArrayList<>(lines.values());
    }

    private static final class Line {
        final SliceKey total;
        final List<SliceKey> cells = new ArrayList<>();

        Line(SliceKey total) {
            this.total = total;
        }
    }
}
