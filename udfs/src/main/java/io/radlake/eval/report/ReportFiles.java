package io.radlake.eval.report;

import io.radlake.dataset.export.AtomicExport;
import io.radlake.eval.summary.EvaluationSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report folder: {@value HtmlReport#FILE_NAME}, the PNG charts ({@link PngCharts}) and
 * {@value MetricsJson#FILE_NAME}, published together with {@link AtomicExport} (a staging folder renamed into place),
 * so a reader never sees one without the others or a half-written file. Local file systems only.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes (or replaces) the report folder {@code folder}; returns the path of the HTML file. */
    public static Path publish(Path folder, ReportContext context, EvaluationSummary summary)
            throws IOException {
        String html = HtmlReport.render(context, summary);
        String json = MetricsJson.render(context, summary);
        List<PngCharts.Png> charts = PngCharts.render(context, summary);
        AtomicExport.publish(folder, staging -> {
            Files.writeString(staging.resolve(HtmlReport.FILE_NAME), html, StandardCharsets.UTF_8);
            for (PngCharts.Png chart : charts) {
                Files.write(staging.resolve(chart.fileName()), chart.bytes());
            }
            Files.writeString(staging.resolve(MetricsJson.FILE_NAME), json, StandardCharsets.UTF_8);
        });
        return folder.resolve(HtmlReport.FILE_NAME);
    }
}
