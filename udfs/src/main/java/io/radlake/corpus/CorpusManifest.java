package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code _corpus.json}: how the corpus was made and what it holds. Written by hand (no Jackson at run time)
 * with a stable key order so identical inputs give identical bytes; no timestamps for the same reason.
 */
final class CorpusManifest {

    private CorpusManifest() {
    }

    static long write(Path file, CorpusSpec spec, List<String> dataFiles, List<String> groundTruthFiles,
                      Map<BrokenKind, Long> brokenCounts, Map<PhiCategory, Long> phiCounts) throws IOException {
        try (ByteSink out = ByteSink.create(file)) {
            out.writeUtf8("{\n  \"generator\": ");
            JsonEncoding.writeString(out, "radlake-corpus-generator");
            out.writeUtf8(",\n  \"generator_version\": ");
            JsonEncoding.writeString(out, ReportGenerator.VERSION);
            out.writeUtf8(",\n  \"seed\": " + spec.seed());
            out.writeUtf8(",\n  \"reports\": " + spec.reports());
            out.writeUtf8(",\n  \"format\": \"" + spec.format().name() + "\"");
            out.writeUtf8(",\n  \"reports_per_file\": " + spec.reportsPerFile());
            out.writeUtf8(",\n  \"broken_fraction\": " + spec.brokenFraction());
            out.writeUtf8(",\n  \"broken_kinds\": [");
            boolean first = true;
            for (BrokenKind kind : spec.brokenKinds()) {
                out.writeUtf8((first ? "\"" : ", \"") + kind.name() + "\"");
                first = false;
            }
            out.writeUtf8("],\n  \"files\": ");
            writeList(out, dataFiles);
            out.writeUtf8(",\n  \"ground_truth_files\": ");
            writeList(out, groundTruthFiles);
            out.writeUtf8(",\n  \"broken_records_file\": \"_broken_records.jsonl\"");
            out.writeUtf8(",\n  \"broken_counts\": ");
            writeCounts(out, brokenCounts);
            out.writeUtf8(",\n  \"phi_span_counts\": ");
            writeCounts(out, phiCounts);
            out.writeUtf8("\n}\n");
            out.close();
            return out.bytesWritten();
        }
    }

    private static void writeList(ByteSink out, List<String> values) throws IOException {
        out.write('[');
        for (int i = 0; i < values.size(); i++) {
            out.writeUtf8(i == 0 ? "\n    " : ",\n    ");
            JsonEncoding.writeString(out, values.get(i));
        }
        out.writeUtf8(values.isEmpty() ? "]" : "\n  ]");
    }

    private static void writeCounts(ByteSink out, Map<? extends Enum<?>, Long> counts) throws IOException {
        out.write('{');
        boolean first = true;
        for (Map.Entry<? extends Enum<?>, Long> entry : counts.entrySet()) {
            out.writeUtf8((first ? "\n    \"" : ",\n    \"") + entry.getKey().name() + "\": " + entry.getValue());
            first = false;
        }
        out.writeUtf8(counts.isEmpty() ? "}" : "\n  }");
    }
}
