package io.radlake.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code ground_truth/phi_spans-NNNNN.jsonl}: one line per span, no PHI text. */
final class GroundTruthWriter implements Closeable {

    private final ByteSink out;

    GroundTruthWriter(Path file) throws IOException {
        out = ByteSink.create(file);
    }

    /** Writes the spans and adds them to {@code counts}. */
    void write(String reportId, List<PhiSpan> spans, Map<PhiCategory, Long> counts) throws IOException {
        for (PhiSpan span : spans) {
            out.writeUtf8("{\"report_id\":");
            JsonEncoding.writeString(out, reportId);
            out.writeUtf8(",\"category\":\"");
            out.writeUtf8(span.category().name());
            out.writeUtf8("\",\"start\":");
            out.writeUtf8(Integer.toString(span.start()));
            out.writeUtf8(",\"end\":");
            out.writeUtf8(Integer.toString(span.end()));
            out.writeUtf8("}\n");
            counts.merge(span.category(), 1L, Long::sum);
        }
    }

    long bytesWritten() {
        return out.bytesWritten();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static Map<PhiCategory, Long> zeroCounts() {
        Map<PhiCategory, Long> counts = new EnumMap<>(PhiCategory.class);
        for (PhiCategory category : PhiCategory.values()) {
            counts.put(category, 0L);
        }
        return counts;
    }
}
