package io.radlake.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns report {@code index} into the row to write, applying its {@link BrokenPlan}. Ground truth policy:
 * <ul>
 *   <li>MISSING_REQUIRED_FIELD: text intact, all spans kept.</li>
 *   <li>OVERSIZED_TEXT: the text repeated; spans repeated for every copy.</li>
 *   <li>BAD_ENCODING: spans before the corrupt bytes kept, later ones dropped (their offsets depend on how a
 *       reader repairs the bytes).</li>
 *   <li>DUPLICATE_ID_DIFFERENT_TEXT: spans dropped, so ground truth keyed by report_id stays unambiguous.</li>
 *   <li>TRUNCATED_RECORD, EMPTY_TEXT: no text, no spans.</li>
 * </ul>
 */
final class CorpusRowFactory {

    static final int OVERSIZED_MIN_BYTES = 5_000_000;
    private static final String OVERSIZED_SEPARATOR = "\n\n";

    /** Sentences with one character written as invalid UTF-8 (Latin-1 bytes, or a broken 2-byte sequence). */
    private static final byte[][] BAD_LINES = {
        latin1("Skin: caf\u00e9-au-lait spots noted by the technologist.\n"),
        latin1("History of Sj\u00f6gren syndrome.\n"),
        concat("Note: patient prefers Espa".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28},
                "ol interpreter.\n".getBytes(StandardCharsets.US_ASCII)),
        concat("Contrast reaction: none ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE2, (byte) 0x80},
                " see nursing note.\n".getBytes(StandardCharsets.US_ASCII)),
    };
    private static final String[] WHITESPACE_TEXTS = {"", " ", "\n", "   \n\t  ", "\n\n"};

    private final ReportGenerator generator;
    private final BrokenRecordPlanner planner;
    private final CorpusFormat format;

    CorpusRowFactory(ReportGenerator generator, BrokenRecordPlanner planner, CorpusFormat format) {
        this.generator = generator;
        this.planner = planner;
        this.format = format;
    }

    CorpusRow row(long index, long fileStartIndex) {
        GeneratedReport report = generator.generate(index);
        String[] metadata = CorpusColumns.metadataOf(report);
        // The .txt name always follows the record's own index, so a duplicate never overwrites its original.
        String textFile = "reports/" + report.reportId() + ".txt";
        BrokenPlan plan = planner.plan(index, fileStartIndex);
        if (plan == null) {
            return new CorpusRow(metadata, utf8(report.reportText()), textFile, null, report.phiSpans());
        }
        return switch (plan.kind()) {
            case MISSING_REQUIRED_FIELD -> {
                metadata[CorpusColumns.PATIENT_ID] = null;
                yield new CorpusRow(metadata, utf8(report.reportText()), textFile, plan, report.phiSpans());
            }
            case TRUNCATED_RECORD -> new CorpusRow(metadata, utf8(report.reportText()), textFile, plan, List.of());
            case EMPTY_TEXT -> {
                String blank = format == CorpusFormat.TEXT ? ""
                        : WHITESPACE_TEXTS[plan.variant() % WHITESPACE_TEXTS.length];
                yield new CorpusRow(metadata, utf8(blank), textFile, plan, List.of());
            }
            case BAD_ENCODING -> badEncoding(report, metadata, textFile, plan);
            case DUPLICATE_ID_DIFFERENT_TEXT -> duplicate(report, metadata, textFile, plan);
            case OVERSIZED_TEXT -> oversized(report, metadata, textFile, plan);
        };
    }

    private static CorpusRow badEncoding(GeneratedReport report, String[] metadata, String textFile, BrokenPlan plan) {
        String text = report.reportText();
        // Insert the corrupt line at the start of a line near the middle of the report.
        int newline = text.indexOf('\n', text.length() / 2);
        int at = newline < 0 ? text.length() : newline + 1;
        String before = newline < 0 && !text.endsWith("\n") ? text + "\n" : text.substring(0, at);
        byte[] bytes = concat(utf8(before), BAD_LINES[plan.variant() % BAD_LINES.length], utf8(text.substring(at)));
        List<PhiSpan> intact = new ArrayList<>();
        for (PhiSpan span : report.phiSpans()) {
            if (span.end() <= at) {
                intact.add(span);
            }
        }
        return new CorpusRow(metadata, bytes, textFile, plan, intact);
    }

    private CorpusRow duplicate(GeneratedReport report, String[] metadata, String textFile, BrokenPlan plan) {
        GeneratedReport original = generator.generate(plan.duplicateOfIndex());
        metadata[CorpusColumns.REPORT_ID] = original.reportId();
        String text = report.reportText();
        if (text.equals(original.reportText())) {
            text = text + "Addendum: reviewed again, no change.\n"; // guarantees "different text"
        }
        return new CorpusRow(metadata, utf8(text), textFile, plan, List.of());
    }

    private static CorpusRow oversized(GeneratedReport report, String[] metadata, String textFile, BrokenPlan plan) {
        String one = report.reportText();
        int oneBytes = utf8(one).length;
        int copies = (OVERSIZED_MIN_BYTES + OVERSIZED_SEPARATOR.length()) / (oneBytes + OVERSIZED_SEPARATOR.length()) + 1;
        int stride = one.length() + OVERSIZED_SEPARATOR.length();
        StringBuilder text = new StringBuilder(copies * stride);
        List<PhiSpan> spans = new ArrayList<>(copies * report.phiSpans().size());
        for (int copy = 0; copy < copies; copy++) {
            if (copy > 0) {
                text.append(OVERSIZED_SEPARATOR);
            }
            text.append(one);
            for (PhiSpan span : report.phiSpans()) {
                spans.add(span.shiftedBy(copy * stride));
            }
        }
        return new CorpusRow(metadata, utf8(text.toString()), textFile, plan, spans);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        byte[] joined = new byte[total];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }
}
