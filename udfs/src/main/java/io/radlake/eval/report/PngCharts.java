package io.radlake.eval.report;

import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.summary.EvaluationSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * The report's charts as PNG files beside {@value HtmlReport#FILE_NAME} ({@link JFreeCharts}, drawn headless): the
 * model comparison, one chart per slice (the overall excluded) and the lengths, in the HTML's order. Their names
 * depend on the summary's slice plan only, so the HTML and metrics.json can name them before they are drawn.
 */
public final class PngCharts {
    public static final String MODELS_FILE = "chart-models.png";
    public static final String LENGTHS_FILE = "chart-lengths.png";
    static final int WIDTH = 1000;
    static final int MODELS_HEIGHT = 560;
    static final int LENGTHS_HEIGHT = 500;
    /** Title, caption, axis and legend of a slice chart, around its rows. */
    private static final int SLICE_FRAME_HEIGHT = 190;

    /** A chart as a PNG file's name, size and bytes. */
    record Png(String fileName, int width, int height, byte[] bytes) {
    }

    private PngCharts() {
    }

    /** Every chart's file name, in the HTML's order. */
    public static List<String> fileNames(EvaluationSummary summary) {
        List<String> names = new ArrayList<>();
        names.add(MODELS_FILE);
        names.addAll(sliceFiles(summary).values());
        names.add(LENGTHS_FILE);
        return names;
    }

    /** The file of each slice chart (the overall has none): chart-slice-modality-x-patient_sex.png. */
    static Map<SliceDefinition, String> sliceFiles(EvaluationSummary summary) {
        Map<SliceDefinition, String> files = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (SliceDefinition definition : summary.plan().definitions()) {
            if (definition.arity() == 0) {
                continue;
            }
            // Attribute names can be any kept silver attribute: keep file names plain, and distinct.
            String stem = "chart-slice-" + String.join("-x-", definition.attributes()).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_-]+", "-");
            String name = stem + ".png";
            for (int i = 2; !used.add(name); i++) {
                name = stem + "-" + i + ".png";
            }
            files.put(definition, name);
        }
        return files;
    }

    /** A slice chart's height: a row per group, taller with more models. */
    static int sliceHeight(int groups, int models) {
        return SLICE_FRAME_HEIGHT + groups * Math.max(34, 16 * models + 12);
    }

    /** Draws every chart (headless) and encodes it as PNG, in {@link #fileNames} order. */
    static List<Png> render(ReportContext context, EvaluationSummary summary) throws IOException {
        // No display is needed or wanted, whoever calls: JFreeChart draws on an in-memory image.
        System.setProperty("java.awt.headless", "true");
        double confidence = context.confidence();
        List<Png> pngs = new ArrayList<>();
        pngs.add(png(MODELS_FILE, JFreeCharts.models(summary, confidence), MODELS_HEIGHT));
        String firstModel = summary.models().get(0).modelId();
        for (Map.Entry<SliceDefinition, String> file : sliceFiles(summary).entrySet()) {
            int groups = summary.slices(firstModel, file.getKey()).size();
            pngs.add(png(file.getValue(), JFreeCharts.slice(summary, file.getKey(), HtmlReport.SLICE_TYPE,
                    confidence), sliceHeight(groups, summary.models().size())));
        }
        pngs.add(png(LENGTHS_FILE, JFreeCharts.lengths(summary), LENGTHS_HEIGHT));
        return pngs;
    }

    private static Png png(String fileName, JFreeChart chart, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
        return new Png(fileName, WIDTH, height, out.toByteArray());
    }
}
