package io.radlake.dataset.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Writes one complete export folder, atomically ({@link AtomicExport}):
 * <pre>
 * target/
 *   train.alpaca.jsonl  train.chat.jsonl  validation.*.jsonl  test.*.jsonl   (one pair per split present)
 *   README.md       dataset card ({@link DatasetCard})
 *   manifest.json   counts, sizes, SHA-256 of every file above, build parameters, source table versions
 * </pre>
 * Same request, same bytes: every file is a function of the request alone (no clock, no paths, no map order).
 */
public final class DatasetExporter {

    private DatasetExporter() {}

    /** Writes the export and returns its manifest (also at {@code target/manifest.json}). */
    public static ExportManifest export(Path target, ExportRequest request) throws IOException {
        ExportManifest[] written = new ExportManifest[1];
        AtomicExport.publish(target, dir -> written[0] = writeAll(dir, request));
        return written[0];
    }

    private static ExportManifest writeAll(Path dir, ExportRequest r) throws IOException {
        ExampleTally tally = new ExampleTally();
        List<ExportedFile> files = new ArrayList<>();
        List<String> splits = new ArrayList<>(r.examplesBySplit().keySet());
        splits.sort(SplitOrder.COMPARATOR);
        for (String split : splits) {
            boolean first = true;
            for (ExportFormat format : r.formats()) {
                Iterator<ExportExample> examples =
                        new CheckedExamples(split, r.examplesBySplit().get(split).iterator(), first ? tally : null);
                FileDigest digest = JsonlWriters.write(dir.resolve(format.fileName(split)), format, examples);
                files.add(ExportedFile.of(split, format, digest));
                first = false;
            }
        }
        DatasetStats stats = new DatasetStats(r.datasetName(), r.builderVersion(), tally.countsBySplitAndModality(),
                tally.inputTokens(), tally.outputTokens(), r.rejectReasons(), r.deidVersion(), r.tokenizer(),
                r.seed(), r.splitFractions());
        byte[] card = DatasetCard.renderBytes(stats);
        Files.write(dir.resolve(DatasetCard.FILE_NAME), card, StandardOpenOption.CREATE_NEW);
        ExportManifest manifest = new ExportManifest(r.datasetName(), r.builderVersion(), r.manifestParameters(),
                r.sourceTableVersions(), files, new ExportManifest.CardFile(DatasetCard.FILE_NAME, Sha256.hex(card)));
        Files.write(dir.resolve(ExportManifest.FILE_NAME), manifest.toJsonBytes(), StandardOpenOption.CREATE_NEW);
        return manifest;
    }

    /**
     * Passes examples through, checking that each belongs to the split being written and that example keys strictly
     * increase (the documented order, and no duplicates); tallies them for the card on the first pass.
     */
    private static final class CheckedExamples implements Iterator<ExportExample> {
        private final String split;
        private final Iterator<ExportExample> source;
        private final ExampleTally tally;
        private String previousKey;
        private long index;

        CheckedExamples(String split, Iterator<ExportExample> source, ExampleTally tally) {
            this.split = split;
            this.source = source;
            this.tally = tally;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public ExportExample next() {
            if (!source.hasNext()) {
                throw new NoSuchElementException();
            }
            ExportExample e = source.next();
            // Positions, not keys or text, in messages: keys are identifiers.
            if (!e.split().equals(split)) {
                throw new IllegalArgumentException("example #" + index + " of split " + split
                        + " belongs to split " + e.split());
            }
            if (previousKey != null && previousKey.compareTo(e.exampleKey()) >= 0) {
                throw new IllegalArgumentException("example keys must strictly increase within a split (sort by"
                        + " example_key, no duplicates); example #" + index + " of split " + split + " does not");
            }
            previousKey = e.exampleKey();
            index++;
            if (tally != null) {
                tally.add(e);
            }
            return e;
        }
    }
}
