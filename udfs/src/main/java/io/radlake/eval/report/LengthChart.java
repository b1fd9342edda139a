package io.radlake.eval.report;

import io.radlake.eval.summary.LengthSummary;
import io.radlake.eval.summary.ModelScores;

import java.util.List;

/**
 * Length distributions: the reference impressions as grey bars, each model's predictions as a coloured line over the
 * same fixed bins, as shares of the examples (so models compare directly whatever the count). Empty bins at the long
 * end are left out.
 */
final class LengthChart {
    private static final double WIDTH = 760;
    private static final double LEFT = 58;
    private static final double RIGHT = WIDTH - 16;
    private static final double TOP = 16;
    private static final double PLOT_HEIGHT = 220;

    private LengthChart() {
    }

    static String render(LengthSummary reference, List<ModelScores> models) {
        int bins = usedBins(reference, models);
        double maxShare = 0;
        for (int b = 0; b < bins; b++) {
            maxShare = Math.max(maxShare, reference.share(b));
            for (ModelScores model : models) {
                maxShare = Math.max(maxShare, model.generatedLengths().share(b));
            }
        }
        Legend legend = Legend.of(models, LEFT + 100, RIGHT);
        double bottom = TOP + PLOT_HEIGHT;
        double height = bottom + 52 + legend.height() + 8;
        Svg svg = new Svg(WIDTH, height, "Length of the reference and generated impressions, share of examples per"
                + " length bin");
        Axis y = Axis.covering(0, maxShare, 0, 1, bottom, TOP, 5);
        svg.valueAxis(y, LEFT, RIGHT, "share of examples", Labels::percent);

        double slot = (RIGHT - LEFT) / bins;
        for (int b = 0; b < bins; b++) {
            double x = LEFT + b * slot;
            double share = reference.share(b);
            svg.group("reference impressions, " + reference.histogram().label(b) + " tokens: "
                    + Labels.percent(share) + " (" + reference.histogram().counts().get(b) + ")");
            svg.rect(x + slot * 0.12, y.at(share), slot * 0.76, bottom - y.at(share), "fill=\"" + Palette.REFERENCE
                    + "\" fill-opacity=\"0.55\"");
            svg.end();
            svg.text(x + slot / 2, bottom + 16, reference.histogram().label(b), "text-anchor=\"middle\" font-size=\"10\""
                    + " fill=\"" + Svg.MUTED_COLOUR + "\"");
        }
        for (int m = 0; m < models.size(); m++) {
            LengthSummary lengths = models.get(m).generatedLengths();
            double[] xs = new double[bins];
            double[] ys = new double[bins];
            for (int b = 0; b < bins; b++) {
                xs[b] = LEFT + (b + 0.5) * slot;
                ys[b] = y.at(lengths.share(b));
            }
            String colour = Palette.colour(m);
            svg.polyline(xs, ys, "fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" stroke-linejoin=\"round\""
                    + (models.get(m).model().isBaseline() ? " stroke-dasharray=\"5 3\"" : ""));
            for (int b = 0; b < bins; b++) {
                svg.circle(xs[b], ys[b], 3, "fill=\"" + colour + "\"");
            }
        }
        svg.line(LEFT, bottom, RIGHT, bottom, "stroke=\"" + Svg.TEXT_COLOUR + "\" stroke-width=\"1\"");
        svg.text((LEFT + RIGHT) / 2, bottom + 34, "length in tokens (ROUGE tokenizer: lower-cased letters and digits)",
                "text-anchor=\"middle\" fill=\"" + Svg.TEXT_COLOUR + "\"");
        double legendTop = bottom + 48;
        svg.rect(LEFT, legendTop, 14, 14, "fill=\"" + Palette.REFERENCE + "\" fill-opacity=\"0.55\"");
        svg.text(LEFT + 20, legendTop + 11, "reference", "fill=\"" + Svg.TEXT_COLOUR + "\"");
        legend.draw(svg, legendTop);
        return svg.finish();
    }

    /** Bins up to the last one that any series uses (at least one). */
    static int usedBins(LengthSummary reference, List<ModelScores> models) {
        int bins = reference.histogram().counts().size();
        while (bins > 1 && isEmpty(reference, bins - 1) && allEmpty(models, bins - 1)) {
            bins--;
        }
        return bins;
    }

    private static boolean allEmpty(List<ModelScores> models, int bin) {
        return models.stream().allMatch(model -> isEmpty(model.generatedLengths(), bin));
    }

    private static boolean isEmpty(LengthSummary lengths, int bin) {
        return lengths.histogram().counts().get(bin) == 0;
    }
}
