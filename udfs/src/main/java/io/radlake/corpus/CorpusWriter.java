package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams a synthetic corpus to disk: data shards in the chosen format, PHI ground truth per shard,
 * {@code _broken_records.jsonl} and {@code _corpus.json}. Memory stays constant whatever the corpus size:
 * one record is in flight at a time. Stateless between calls; each call uses its own generator.
 */
public final class CorpusWriter {

    public static final String CORPUS_JSON = "_corpus.json";
    public static final String BROKEN_RECORDS = "_broken_records.jsonl";

    public CorpusWriter() {
    }

    /**
     * Writes the corpus described by {@code spec}.
     *
     * @throws IllegalArgumentException if the output dir exists and is not an empty directory
     * @throws UncheckedIOException     if writing fails
     */
    public CorpusSummary write(CorpusSpec spec) {
        long started = System.nanoTime();
        try {
            prepareOutputDir(spec.outputDir());
            return writeAll(spec, started);
        } catch (IOException e) {
            throw new UncheckedIOException("writing corpus to " + spec.outputDir() + " failed: " + e.getMessage(), e);
        }
    }

    private CorpusSummary writeAll(CorpusSpec spec, long started) throws IOException {
        Path dir = spec.outputDir();
        Files.createDirectories(dir.resolve("_ground_truth"));
        ReportGenerator generator = new ReportGenerator(spec.seed());
        BrokenRecordPlanner planner = new BrokenRecordPlanner(spec.seed(), spec.brokenFraction(), spec.brokenKinds(),
                spec.format());
        CorpusRowFactory rows = new CorpusRowFactory(generator, planner, spec.format());
        Map<PhiCategory, Long> phiCounts = GroundTruthWriter.zeroCounts();
        List<String> dataFiles = new ArrayList<>();
        List<String> groundTruthFiles = new ArrayList<>();
        long bytes = 0;
        long files = 0;

        try (BrokenRecordLog brokenLog = new BrokenRecordLog(dir.resolve(BROKEN_RECORDS))) {
            for (int shard = 0; shard < spec.shardCount(); shard++) {
                long first = (long) shard * spec.reportsPerFile();
                long end = Math.min(spec.reports(), first + spec.reportsPerFile());
                String dataFile = spec.format().shardFileName(shard);
                String groundTruthFile = ShardNames.groundTruthFileName(shard);
                try (ShardWriter data = ShardWriter.open(spec.format(), dir, shard);
                     GroundTruthWriter truth = new GroundTruthWriter(dir.resolve(groundTruthFile))) {
                    for (long index = first; index < end; index++) {
                        CorpusRow row = rows.row(index, first);
                        data.write(row);
                        truth.write(row.reportId(), row.groundTruth(), phiCounts);
                        BrokenPlan broken = row.broken();
                        if (broken != null) {
                            brokenLog.record(dataFile, index - first + 1, row.reportId(), broken.kind(),
                                    broken.duplicateOfIndex() - first + 1);
                        }
                    }
                    data.close();
                    truth.close();
                    bytes += data.bytesWritten() + truth.bytesWritten();
                    files += data.filesWritten() + 1;
                }
                dataFiles.add(dataFile);
                groundTruthFiles.add(groundTruthFile);
            }
            brokenLog.close();
            bytes += brokenLog.bytesWritten();
            files++;
            bytes += CorpusManifest.write(dir.resolve(CORPUS_JSON), spec, dataFiles, groundTruthFiles,
                    brokenLog.counts(), phiCounts);
            files++;
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            return new CorpusSummary(spec.reports(), dataFiles, files, bytes, brokenLog.counts(), phiCounts,
                    elapsedMillis);
        }
    }

    /** Refuses to mix a new corpus into old files: the dir must be absent or empty. */
    private static void prepareOutputDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("outputDir must be a directory (absent or empty), got a file: " + dir);
            }
            try (Stream<Path> entries = Files.list(dir)) {
                long count = entries.count();
                if (count > 0) {
                    throw new IllegalArgumentException(
                            "outputDir must be absent or empty, found " + count + " entries in: " + dir);
                }
            }
        }
        Files.createDirectories(dir);
    }
}
