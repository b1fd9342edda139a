package io.radlake.eval.report;

import io.radlake.eval.summary.ModelScores;

import java.util.ArrayList;
import java.util.List;

/** The models' colour keys, laid out left to right and wrapped into rows. */
final class Legend {
    private static final double ROW = 20;
    private static final double CHAR = 7; // average width of a 12px character, for layout only

    private final List<ModelScores> models;
    private final List<double[]> positions;
    private final double height;

    private Legend(List<ModelScores> models, List<double[]> positions, double height) {
        this.models = models;
        this.positions = positions;
        this.height = height;
    }

    static Legend of(List<ModelScores> models, double left, double right) {
        List<double[]> positions = new ArrayList<>();
        double x = left;
        double row = 0;
        for (ModelScores model : models) {
            double width = 22 + CHAR * label(model).length() + 18;
            if (x > left && x + width > right) {
                x = left;
                row++;
            }
            positions.add(new double[] {x, row});
            x += width;
        }
        return new Legend(models, positions, (row + 1) * ROW);
    }

    double height() {
        return height;
    }

    void draw(Svg svg, double top) {
        for (int m = 0; m < models.size(); m++) {
            double x = positions.get(m)[0];
            double y = top + positions.get(m)[1] * ROW;
            String colour = Palette.colour(m);
            String style = models.get(m).model().isBaseline()
                    ? "fill=\"" + colour + "\" fill-opacity=\"0.35\" stroke=\"" + colour + "\" stroke-dasharray=\"3 2\""
                    : "fill=\"" + colour + "\"";
            svg.rect(x, y, 14, 14, style);
            svg.text(x + 20, y + 11, label(models.get(m)), "fill=\"" + Svg.TEXT_COLOUR + "\"");
        }
    }

    private static String label(ModelScores model) {
        return model.model().isBaseline() ? model.modelId() + " (baseline)" : model.modelId();
    }
}
