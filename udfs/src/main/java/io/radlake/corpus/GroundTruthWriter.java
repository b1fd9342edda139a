package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code _ground_truth/phi_spans-NNNNN.jsonl}: one line per span, no PHI text. */
final class GroundTruthWriter implements Closeable {

    private static final byte[][] CATEGORY_AND_START = categoryBytes();
    private static final byte[] END = ",\"end\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "}\n".getBytes(StandardCharsets.US_ASCII);

    private final ByteSink out;

    GroundTruthWriter(Path file) throws IOException {
        out = ByteSink.create(file);
    }

    /** Writes the spans and adds them to {@code counts}. */
    void write(String reportId, List<PhiSpan> spans, Map<PhiCategory, Long> counts) throws IOException {
        if (spans.isEmpty()) {
            return;
        }
        // Report ids are ASCII without characters JSON would escape, so the prefix is built once per report.
        byte[] prefix = ("{\"report_id\":\"" + reportId + "\",\"category\":\"").getBytes(StandardCharsets.UTF_8);
        for (PhiSpan span : spans) {
            out.write(prefix);
            out.write(CATEGORY_AND_START[span.category().ordinal()]);
            out.writeDecimal(span.start());
            out.write(END);
            out.writeDecimal(span.end());
            out.write(CLOSE);
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

    private static byte[][] categoryBytes() {
        byte[][] bytes = new byte[PhiCategory.values().length][];
        for (PhiCategory category : PhiCategory.values()) {
            bytes[category.ordinal()] = (category.name() + "\",\"start\":").getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    static Map<PhiCategory, Long> zeroCounts() {
        Map<PhiCategory, Long> counts = new EnumMap<>(PhiCategory.class);
        for (PhiCategory category : PhiCategory.values()) {
            counts.put(category, 0L);
        }
        return counts;
    }
}
