package io.radlake.eval.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * JFreeChart bars (one series per model) with an interval whisker on each bar, which JFreeChart's own renderers only
 * draw symmetric (mean +- standard deviation); bootstrap intervals are not. Baseline series are pale with a dashed
 * outline, as in the SVG; highlighted bars get a thick red outline. Whiskers and highlights are indexed
 * [series][category] in the dataset's order; a NaN bound draws no whisker.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    static final Color HIGHLIGHT = new Color(0xCF222E);
    private static final Color WHISKER = new Color(0x1F2328);
    private static final Stroke WHISKER_STROKE = new BasicStroke(1.5f);
    private static final Stroke OUTLINE = new BasicStroke(1f);
    private static final Stroke BASELINE_OUTLINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 2f}, 0f);
    private static final Stroke HIGHLIGHT_OUTLINE = new BasicStroke(3f);

    private final double[][] low;
    private final double[][] high;
    private final boolean[][] highlighted;
    private final boolean[] baseline;

    /**
     * @param baseline    per series: drawn pale and dashed
     * @param low         per series and category: the whisker's lower end (NaN: none)
     * @param high        per series and category: the whisker's upper end
     * @param highlighted per series and category: outlined in red
     */
    WhiskerBarRenderer(boolean[] baseline, double[][] low, double[][] high, boolean[][] highlighted) {
        this.baseline = baseline.clone();
        this.low = low;
        this.high = high;
        this.highlighted = highlighted;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        setItemMargin(0.06);
        for (int s = 0; s < baseline.length; s++) {
            Color colour = Palette.awt(s);
            setSeriesPaint(s, baseline[s] ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90)
                    : colour);
        }
    }

    @Override
    public Paint getItemOutlinePaint(int row, int column) {
        return highlighted[row][column] ? HIGHLIGHT : Palette.awt(row);
    }

    @Override
    public Stroke getItemOutlineStroke(int row, int column) {
        if (highlighted[row][column]) {
            return HIGHLIGHT_OUTLINE;
        }
        return baseline[row] ? BASELINE_OUTLINE : OUTLINE;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (visibleRow < 0 || dataset.getValue(row, column) == null || Double.isNaN(low[row][column])) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double barStart = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double centre = barStart + state.getBarWidth() / 2;
        double cap = Math.min(6, state.getBarWidth() * 0.3);
        RectangleEdge edge = plot.getRangeAxisEdge();
        double from = rangeAxis.valueToJava2D(low[row][column], dataArea, edge);
        double to = rangeAxis.valueToJava2D(high[row][column], dataArea, edge);
        g2.setPaint(WHISKER);
        g2.setStroke(WHISKER_STROKE);
        if (orientation == PlotOrientation.VERTICAL) {
            g2.draw(new Line2D.Double(centre, from, centre, to));
            g2.draw(new Line2D.Double(centre - cap, from, centre + cap, from));
            g2.draw(new Line2D.Double(centre - cap, to, centre + cap, to));
        } else {
            g2.draw(new Line2D.Double(from, centre, to, centre));
            g2.draw(new Line2D.Double(from, centre - cap, from, centre + cap));
            g2.draw(new Line2D.Double(to, centre - cap, to, centre + cap));
        }
    }
}
