package io.radlake.corpus;

import java.util.List;

/**
 * One record as the format writers see it: metadata strings (null = missing), the exact text bytes
 * (possibly invalid UTF-8), and what of it is broken. Built by {@link CorpusRowFactory}.
 */
final class CorpusRow {

    private final String[] metadata;
    private final byte[] text;
    private final String textFile;
    private final BrokenPlan broken;
    private final List<PhiSpan> groundTruth;

    CorpusRow(String[] metadata, byte[] text, String textFile, BrokenPlan broken, List<PhiSpan> groundTruth) {
        this.metadata = metadata;
        this.text = text;
        this.textFile = textFile;
        this.broken = broken;
        this.groundTruth = groundTruth;
    }

    /** Value of metadata column {@code column} ({@link CorpusColumns#METADATA} order), null if missing. */
    String metadata(int column) {
        return metadata[column];
    }

    String reportId() {
        return metadata[CorpusColumns.REPORT_ID];
    }

    byte[] text() {
        return text;
    }

    /** TEXT format: path of the .txt file relative to the output dir. */
    String textFile() {
        return textFile;
    }

    /** Null for a good record. */
    BrokenPlan broken() {
        return broken;
    }

    boolean is(BrokenKind kind) {
        return broken != null && broken.kind() == kind;
    }

    /** Spans to publish for this record (fewer than generated where the text is not intact). */
    List<PhiSpan> groundTruth() {
        return groundTruth;
    }
}
