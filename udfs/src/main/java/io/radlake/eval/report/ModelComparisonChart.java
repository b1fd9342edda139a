package io.radlake.eval.report;

import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.summary.ModelScores;

import java.util.List;

/**
 * Grouped bars: one group per ROUGE type, one bar per model (mean F1), with the bootstrap interval as a whisker.
 * Baselines are drawn pale with a dashed outline so that models stand out from them.
 */
final class ModelComparisonChart {
    private static final double WIDTH = 760;
    private static final double LEFT = 58;
    private static final double RIGHT = WIDTH - 16;
    private static final double TOP = 16;
    private static final double PLOT_HEIGHT = 250;

    private ModelComparisonChart() {
    }

    static String render(List<ModelScores> models, List<RougeType> types, double confidence) {
        Legend legend = Legend.of(models, LEFT, RIGHT);
        double bottom = TOP + PLOT_HEIGHT;
        double height = bottom + 34 + legend.height() + 8;
        Svg svg = new Svg(WIDTH, height, "Corpus ROUGE F1 per model with " + Labels.confidence(confidence)
                + " bootstrap intervals");
        Axis y = new Axis(0, 1, bottom, TOP, 0.2);
        svg.valueAxis(y, LEFT, RIGHT, "F1 (mean over examples)", y::label);

        double groupWidth = (RIGHT - LEFT) / types.size();
        double barSlot = groupWidth * 0.84 / models.size();
        for (int t = 0; t < types.size(); t++) {
            RougeType type = types.get(t);
            double groupStart = LEFT + t * groupWidth + groupWidth * 0.08;
            for (int m = 0; m < models.size(); m++) {
                ModelScores model = models.get(m);
                AggregateScore score = model.corpus().get(type);
                double x = groupStart + m * barSlot + barSlot * 0.1;
                double barWidth = barSlot * 0.8;
                double mean = score.mean().fmeasure();
                String colour = Palette.colour(m);
                svg.group(model.modelId() + " \u2013 " + Labels.type(type) + " F1 " + Labels.score(mean) + ", "
                        + Labels.confidence(confidence) + " CI " + Labels.interval(score.low().fmeasure(),
                        score.high().fmeasure()));
                String style = model.model().isBaseline()
                        ? "fill=\"" + colour + "\" fill-opacity=\"0.35\" stroke=\"" + colour
                                + "\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\""
                        : "fill=\"" + colour + "\"";
                svg.rect(x, y.at(mean), barWidth, bottom - y.at(mean), style);
                double centre = x + barWidth / 2;
                double cap = Math.min(8, barWidth * 0.3);
                String whisker = "stroke=\"" + Svg.TEXT_COLOUR + "\" stroke-width=\"1.5\"";
                double low = y.at(score.low().fmeasure());
                double high = y.at(score.high().fmeasure());
                svg.line(centre, low, centre, high, whisker);
                svg.line(centre - cap, low, centre + cap, low, whisker);
                svg.line(centre - cap, high, centre + cap, high, whisker);
                if (barWidth >= 24) {
                    svg.text(centre, high - 4, Labels.score(mean), "text-anchor=\"middle\" font-size=\"10\" fill=\""
                            + Svg.TEXT_COLOUR + "\"");
                }
                svg.end();
            }
            svg.text(LEFT + (t + 0.5) * groupWidth, bottom + 18, Labels.type(type),
                    "text-anchor=\"middle\" font-weight=\"600\" fill=\"" + Svg.TEXT_COLOUR + "\"");
        }
        svg.line(LEFT, bottom, RIGHT, bottom, "stroke=\"" + Svg.TEXT_COLOUR + "\" stroke-width=\"1\"");
        legend.draw(svg, bottom + 34);
        return svg.finish();
    }
}
