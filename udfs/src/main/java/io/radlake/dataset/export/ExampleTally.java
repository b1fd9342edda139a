package io.radlake.dataset.export;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Accumulates the card's counts from examples as they stream past the exporter: examples per split and modality, and
 * the input/output token length histograms. Not thread-safe; one per export.
 */
public final class ExampleTally {

    private final List<Integer> upperBounds;
    private final SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    private final long[] inputBins;
    private final long[] outputBins;

    public ExampleTally(List<Integer> upperBounds) {
        this.upperBounds = LengthHistogram.empty(upperBounds).upperBounds(); // validates
        this.inputBins = new long[upperBounds.size() + 1];
        this.outputBins = new long[upperBounds.size() + 1];
    }

    public ExampleTally() {
        this(LengthHistogram.DEFAULT_UPPER_BOUNDS);
    }

    public void add(ExportExample e) {
        counts.computeIfAbsent(e.split(), s -> new TreeMap<>()).merge(e.modality(), 1L, Long::sum);
        inputBins[LengthHistogram.binIndex(upperBounds, e.inputTokens())]++;
        outputBins[LengthHistogram.binIndex(upperBounds, e.outputTokens())]++;
    }

    public SortedMap<String, SortedMap<String, Long>> countsBySplitAndModality() {
        SortedMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
        counts.forEach((split, byModality) -> copy.put(split, new TreeMap<>(byModality)));
        return copy;
    }

    public LengthHistogram inputTokens() {
        return histogram(inputBins);
    }

    public LengthHistogram outputTokens() {
        return histogram(outputBins);
    }

    private LengthHistogram histogram(long[] bins) {
        return new LengthHistogram(upperBounds, java.util.Arrays.stream(bins).boxed().toList());
    }
}
