package io.radlake.corpus;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate and where.
 *
 * @param seed           every byte of the output is a function of this seed (and the other fields)
 * @param reports        number of records, 100..10,000,000
 * @param format         output layout
 * @param outputDir      created if absent; must be empty if present
 * @param reportsPerFile records per data shard, >= 1
 * @param brokenFraction probability that a record is deliberately broken, 0..0.5
 * @param brokenKinds    which kinds of breakage to draw from; null means all
 */
public record CorpusSpec(
        long seed,
        int reports,
        CorpusFormat format,
        Path outputDir,
        int reportsPerFile,
        double brokenFraction,
        Set<BrokenKind> brokenKinds) {

    public static final int MIN_REPORTS = 100;
    public static final int MAX_REPORTS = 10_000_000;
    public static final int DEFAULT_REPORTS_PER_FILE = 100_000;
    public static final double MAX_BROKEN_FRACTION = 0.5;

    public CorpusSpec {
        Objects.requireNonNull(format, "format must be one of CSV, JSONL, PARQUET, TEXT, got: null");
        Objects.requireNonNull(outputDir, "outputDir must be a directory path, got: null");
        if (reports < MIN_REPORTS || reports > MAX_REPORTS) {
            throw new IllegalArgumentException("--reports must be between " + MIN_REPORTS + " and " + MAX_REPORTS
                    + ", got: " + reports);
        }
        if (reportsPerFile < 1) {
            throw new IllegalArgumentException("--reports-per-file must be >= 1, got: " + reportsPerFile);
        }
        // The negated form also rejects NaN.
        if (!(brokenFraction >= 0.0 && brokenFraction <= MAX_BROKEN_FRACTION)) {
            throw new IllegalArgumentException("--broken-fraction must be between 0.0 and " + MAX_BROKEN_FRACTION
                    + ", got: " + brokenFraction);
        }
        brokenKinds = brokenKinds == null
                ? Collections.unmodifiableSet(EnumSet.allOf(BrokenKind.class))
                : Collections.unmodifiableSet(brokenKinds.isEmpty()
                        ? EnumSet.noneOf(BrokenKind.class) : EnumSet.copyOf(brokenKinds));
        if (brokenFraction > 0.0 && brokenKinds.isEmpty()) {
            throw new IllegalArgumentException(
                    "--broken-kinds must name at least one of " + EnumSet.allOf(BrokenKind.class)
                            + " when --broken-fraction > 0, got none");
        }
    }

    /** Defaults: 100,000 reports per file, no broken records. */
    public CorpusSpec(long seed, int reports, CorpusFormat format, Path outputDir) {
        this(seed, reports, format, outputDir, DEFAULT_REPORTS_PER_FILE, 0.0, null);
    }

    public CorpusSpec withReportsPerFile(int newReportsPerFile) {
        return new CorpusSpec(seed, reports, format, outputDir, newReportsPerFile, brokenFraction, brokenKinds);
    }

    public CorpusSpec withBroken(double newBrokenFraction, Set<BrokenKind> newBrokenKinds) {
        return new CorpusSpec(seed, reports, format, outputDir, reportsPerFile, newBrokenFraction, newBrokenKinds);
    }

    /** Number of data shards (report files, or manifests for TEXT). */
    public int shardCount() {
        return (reports + reportsPerFile - 1) / reportsPerFile;
    }
}
