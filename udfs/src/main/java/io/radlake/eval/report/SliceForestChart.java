package io.radlake.eval.report;

import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.slices.SliceMetric;
import io.radlake.eval.slices.SliceResult;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ModelScores;
import io.radlake.eval.summary.SliceRow;

import java.util.List;

/**
 * A forest plot of one slice: a row per group, in it a dot per model at the group's mean F1 with its bootstrap
 * interval as a line, and each model's overall mean as a dashed vertical line. A filled dot means the interval
 * excludes the model's overall mean. Suppressed groups keep their row, greyed, with no dot and no size. The group
 * size is the same for every model (one set of examples), so it is printed once, at the right.
 */
final class SliceForestChart {
    private static final double WIDTH = 760;
    private static final double LABEL_RIGHT = 170;
    private static final double PLOT_LEFT = 182;
    private static final double PLOT_RIGHT = WIDTH - 78;
    private static final double SIZE_RIGHT = WIDTH - 12;
    private static final double TOP = 26;

    private SliceForestChart() {
    }

    static String render(EvaluationSummary summary, SliceDefinition definition, RougeType type, double confidence) {
        List<ModelScores> models = summary.models();
        List<SliceRow> groups = summary.slices(models.get(0).modelId(), definition);
        double rowHeight = Math.max(24, 11 * models.size() + 10);
        double bottom = TOP + groups.size() * rowHeight;
        Legend legend = Legend.of(models, PLOT_LEFT, SIZE_RIGHT);
        double height = bottom + 44 + legend.height() + 24;
        Svg svg = new Svg(WIDTH, height, Labels.type(type) + " F1 by " + Labels.definition(definition) + " with "
                + Labels.confidence(confidence) + " bootstrap intervals");

        // Layers, back to front: row shading, grid, overall lines, suppressed bands (hiding what runs through
        // them), then labels and dots.
        for (int g = 1; g < groups.size(); g += 2) {
            svg.rect(0, TOP + g * rowHeight, WIDTH, rowHeight, "fill=\"#f6f8fa\"");
        }
        Axis x = axis(summary, definition, type);
        for (double tick : x.ticks()) {
            svg.line(x.at(tick), TOP, x.at(tick), bottom, "stroke=\"" + Svg.GRID_COLOUR + "\" stroke-width=\"1\"");
            svg.text(x.at(tick), bottom + 16, x.label(tick), "text-anchor=\"middle\" fill=\"" + Svg.MUTED_COLOUR
                    + "\"");
        }
        for (int m = 0; m < models.size(); m++) {
            double overall = overallMean(summary, models.get(m).modelId(), type);
            svg.line(x.at(overall), TOP, x.at(overall), bottom, "stroke=\"" + Palette.colour(m)
                    + "\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\" opacity=\"0.8\"");
        }
        svg.text((PLOT_LEFT + PLOT_RIGHT) / 2, bottom + 34, Labels.type(type) + " F1 (dot: mean, line: "
                + Labels.confidence(confidence) + " interval)", "text-anchor=\"middle\" fill=\"" + Svg.TEXT_COLOUR
                + "\"");
        svg.text(LABEL_RIGHT, TOP - 10, Labels.definition(definition), "text-anchor=\"end\" font-weight=\"600\""
                + " fill=\"" + Svg.TEXT_COLOUR + "\"");
        svg.text(SIZE_RIGHT, TOP - 10, "n", "text-anchor=\"end\" font-weight=\"600\" fill=\"" + Svg.TEXT_COLOUR
                + "\"");

        for (int g = 0; g < groups.size(); g++) {
            SliceResult group = groups.get(g).result();
            double rowTop = TOP + g * rowHeight;
            double centre = rowTop + rowHeight / 2;
            if (group.suppressed()) {
                svg.rect(0, rowTop, WIDTH, rowHeight, "fill=\"#eaeef2\"");
                svg.text((PLOT_LEFT + PLOT_RIGHT) / 2, centre + 4, "suppressed: small group, or one that would reveal"
                        + " a small group", "text-anchor=\"middle\" font-style=\"italic\" fill=\"" + Svg.MUTED_COLOUR
                        + "\"");
            }
            String labelColour = group.suppressed() ? Svg.MUTED_COLOUR : Svg.TEXT_COLOUR;
            svg.text(LABEL_RIGHT, centre + 4, Labels.groupValues(group.key()), "text-anchor=\"end\" fill=\""
                    + labelColour + "\"");
            svg.text(SIZE_RIGHT, centre + 4, group.sizeLabel(), "text-anchor=\"end\" fill=\"" + labelColour + "\"");
            if (!group.suppressed()) {
                drawDots(svg, summary, models, group, type, x, rowTop, rowHeight, confidence);
            }
        }
        svg.line(PLOT_LEFT, bottom, PLOT_RIGHT, bottom, "stroke=\"" + Svg.TEXT_COLOUR + "\" stroke-width=\"1\"");
        legend.draw(svg, bottom + 46);
        svg.text(PLOT_LEFT, height - 8, "Filled dot: the interval excludes the model's overall mean (dashed line)."
                + " Hollow: within resampling noise.", "font-size=\"11\" fill=\"" + Svg.MUTED_COLOUR + "\"");
        return svg.finish();
    }

    private static void drawDots(Svg svg, EvaluationSummary summary, List<ModelScores> models, SliceResult group,
            RougeType type, Axis x, double rowTop, double rowHeight, double confidence) {
        double spacing = (rowHeight - 8) / models.size();
        for (int m = 0; m < models.size(); m++) {
            String modelId = models.get(m).modelId();
            SliceMetric metric = summary.slices(modelId, group.key().definition()).stream()
                    .filter(row -> row.result().key().equals(group.key())).findFirst().orElseThrow()
                    .result().metric(type);
            double y = rowTop + 4 + spacing * (m + 0.5);
            String colour = Palette.colour(m);
            svg.group(modelId + " \u2013 " + group.key().display() + ": " + Labels.type(type) + " F1 "
                    + Labels.score(metric.mean()) + ", " + Labels.confidence(confidence) + " CI "
                    + Labels.interval(metric.ciLow(), metric.ciHigh()) + ", gap to overall "
                    + Labels.signed(metric.gap()) + ", n=" + group.sizeLabel());
            svg.line(x.at(metric.ciLow()), y, x.at(metric.ciHigh()), y, "stroke=\"" + colour
                    + "\" stroke-width=\"2\" stroke-linecap=\"round\"");
            svg.circle(x.at(metric.mean()), y, 4, metric.ciExcludesOverall()
                    ? "fill=\"" + colour + "\" stroke=\"" + colour + "\""
                    : "fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2\"");
            svg.end();
        }
    }

    private static Axis axis(EvaluationSummary summary, SliceDefinition definition, RougeType type) {
        double min = 1;
        double max = 0;
        for (SliceRow row : summary.slices()) {
            SliceResult result = row.result();
            if (!result.suppressed() && (result.key().definition().equals(definition) || result.key().isOverall())) {
                SliceMetric metric = result.metric(type);
                min = Math.min(min, metric.ciLow());
                max = Math.max(max, metric.ciHigh());
            }
        }
        return Axis.covering(min, max, 0, 1, PLOT_LEFT, PLOT_RIGHT, 5);
    }

    static double overallMean(EvaluationSummary summary, String modelId, RougeType type) {
        return summary.slices(modelId, SliceDefinition.OVERALL).get(0).result().metric(type)
                .mean();
    }
}
