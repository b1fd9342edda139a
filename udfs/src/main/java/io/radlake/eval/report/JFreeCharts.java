package io.radlake.eval.report;

import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.slices.SliceKey;
import io.radlake.eval.slices.SliceMetric;
import io.radlake.eval.slices.SliceResult;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.LengthSummary;
import io.radlake.eval.summary.ModelScores;
import io.radlake.eval.summary.SliceRow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts as JFreeChart charts, for the PNG files beside the HTML: the same data as the SVG, drawn as
 * bars with interval whiskers (models per ROUGE type; models per slice group, largest gaps outlined in red) and the
 * length distributions. Building a chart draws nothing; {@link PngCharts} renders them.
 */
final class JFreeCharts {
    private static final String FONT = Font.SANS_SERIF;
    private static final Color TEXT = new Color(0x1F2328);
    private static final Color MUTED = new Color(0x59636E);
    private static final Color GRID = new Color(0xD8DEE4);

    private JFreeCharts() {
    }

    /** Grouped bars: a group per ROUGE type, a bar per model (mean F1) with its interval. */
    static JFreeChart models(EvaluationSummary summary, double confidence) {
        List<ModelScores> models = summary.models();
        List<RougeType> types = models.get(0).corpus().byType().keySet().stream().toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] low = new double[models.size()][types.size()];
        double[][] high = new double[models.size()][types.size()];
        for (int m = 0; m < models.size(); m++) {
            for (int t = 0; t < types.size(); t++) {
                AggregateScore score = models.get(m).corpus().get(types.get(t));
                data.addValue(score.mean().fmeasure(), models.get(m).modelId(), Labels.type(types.get(t)));
                low[m][t] = score.low().fmeasure();
                high[m][t] = score.high().fmeasure();
            }
        }
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(baselines(models), low, high,
                new boolean[models.size()][types.size()]);
        CategoryPlot plot = plot(data, renderer, PlotOrientation.VERTICAL, "F1 (mean over examples)", 1.0);
        return chart("Corpus ROUGE F1 per model with " + Labels.confidence(confidence) + " bootstrap intervals",
                "Mean F1 over the " + summary.examples() + " examples; whiskers: " + Labels.confidence(confidence)
                        + " bootstrap interval of the mean. Pale dashed bars are baselines.", plot);
    }

    /**
     * Horizontal bars: a row per group of the slice, a bar per model (mean F1 of {@code type}) with its interval; each
     * model's overall mean as a dashed line; bars among the report's largest gaps outlined in red. Suppressed groups
     * keep their row with no bar and no size.
     */
    static JFreeChart slice(EvaluationSummary summary, SliceDefinition definition, RougeType type,
            double confidence) {
        List<ModelScores> models = summary.models();
        List<SliceRow> groups = summary.slices(models.get(0).modelId(), definition);
        Set<List<Object>> gaps = new HashSet<>();
        for (SliceRow row : LargestGaps.of(summary, type)) {
            gaps.add(List.of(row.modelId(), row.result().key()));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] low = new double[models.size()][groups.size()];
        double[][] high = new double[models.size()][groups.size()];
        boolean[][] highlighted = new boolean[models.size()][groups.size()];
        double top = 0;
        for (int m = 0; m < models.size(); m++) {
            String modelId = models.get(m).modelId();
            Map<SliceKey, SliceResult> byKey = new HashMap<>();
            summary.slices(modelId, definition).forEach(row -> byKey.put(row.result().key(), row.result()));
            for (int g = 0; g < groups.size(); g++) {
                SliceResult group = byKey.get(groups.get(g).result().key());
                String label = Labels.groupValues(group.key()) + (group.suppressed() ? "  (suppressed)"
                        : "  (n = " + group.sizeLabel() + ")");
                if (group.suppressed()) {
                    data.addValue(null, modelId, label);
                    low[m][g] = Double.NaN;
                    high[m][g] = Double.NaN;
                } else {
                    SliceMetric metric = group.metric(type);
                    data.addValue(metric.mean(), modelId, label);
                    low[m][g] = metric.ciLow();
                    high[m][g] = metric.ciHigh();
                    highlighted[m][g] = gaps.contains(List.of(modelId, group.key()));
                    top = Math.max(top, metric.ciHigh());
                }
            }
        }
        double[] overall = new double[models.size()];
        for (int m = 0; m < models.size(); m++) {
            overall[m] = SliceForestChart.overallMean(summary, models.get(m).modelId(), type);
            top = Math.max(top, overall[m]);
        }
        WhiskerBarRenderer renderer = new WhiskerBarRenderer(baselines(models), low, high, highlighted);
        CategoryPlot plot = plot(data, renderer, PlotOrientation.HORIZONTAL, Labels.type(type) + " F1", upper(top));
        for (int m = 0; m < models.size(); m++) {
            plot.addRangeMarker(new ValueMarker(overall[m], Palette.awt(m), new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
        }
        return chart(Labels.type(type) + " F1 by " + Labels.definition(definition) + " with "
                + Labels.confidence(confidence) + " bootstrap intervals", "Whiskers: " + Labels.confidence(confidence)
                + " interval; dashed lines: each model's overall mean; red outline: among the " + LargestGaps.LIMIT
                + " largest gaps below a model's overall F1.", plot);
    }

    /** Share of examples per length bin: the references as grey bars, each model as a line. */
    static JFreeChart lengths(EvaluationSummary summary) {
        LengthSummary reference = summary.referenceLengths();
        List<ModelScores> models = summary.models();
        int bins = LengthChart.usedBins(reference, models);
        DefaultCategoryDataset references = new DefaultCategoryDataset();
        DefaultCategoryDataset generated = new DefaultCategoryDataset();
        double top = 0;
        for (int b = 0; b < bins; b++) {
            String bin = reference.histogram().label(b);
            references.addValue(reference.share(b), "reference", bin);
            top = Math.max(top, reference.share(b));
            for (ModelScores model : models) {
                generated.addValue(model.generatedLengths().share(b), model.modelId(), bin);
                top = Math.max(top, model.generatedLengths().share(b));
            }
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        Color grey = Color.decode(Palette.REFERENCE);
        bars.setSeriesPaint(0, new Color(grey.getRed(), grey.getGreen(), grey.getBlue(), 140));
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        for (int m = 0; m < models.size(); m++) {
            lines.setSeriesPaint(m, Palette.awt(m));
            lines.setSeriesStroke(m, models.get(m).model().isBaseline()
                    ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f)
                    : new BasicStroke(2f));
        }
        CategoryPlot plot = plot(references, bars, PlotOrientation.VERTICAL, "share of examples", upper(top));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        plot.getDomainAxis().setLabel("length in tokens (ROUGE tokenizer: lower-cased letters and digits)");
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.setDataset(1, generated);
        plot.setRenderer(1, lines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart("Length of the reference and generated impressions, share of examples per length bin",
                "Share of examples per length bin. A model far shorter than the references loses recall; far"
                        + " longer, precision.", plot);
    }

    /** The value axis' end: a tenth above the largest value drawn, at most 1. */
    private static double upper(double largest) {
        return Math.max(0.1, Math.min(1.0, Math.ceil((largest + 0.02) * 10) / 10));
    }

    private static boolean[] baselines(List<ModelScores> models) {
        boolean[] baseline = new boolean[models.size()];
        for (int m = 0; m < baseline.length; m++) {
            baseline[m] = models.get(m).model().isBaseline();
        }
        return baseline;
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, BarRenderer renderer, PlotOrientation orientation,
            String valueLabel, double upper) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        categories.setTickLabelPaint(TEXT);
        categories.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        categories.setLabelPaint(TEXT);
        categories.setCategoryMargin(0.18);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setRange(0, upper);
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        values.setTickLabelPaint(MUTED);
        values.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        values.setLabelPaint(TEXT);
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    private static JFreeChart chart(String title, String caption, CategoryPlot plot) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 17), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        TextTitle subtitle = new TextTitle(caption, new Font(FONT, Font.PLAIN, 12));
        subtitle.setPaint(MUTED);
        chart.addSubtitle(subtitle);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
