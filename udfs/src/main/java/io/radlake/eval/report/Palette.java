package io.radlake.eval.report;

import java.awt.Color;

/**
 * Model colours: the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies and in grey
 * print. Model i gets colour i (cycling after eight); the reference impressions are drawn in neutral grey.
 */
final class Palette {
    private static final String[] COLOURS = {
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"};

    static final String REFERENCE = "#8c959f";

    private Palette() {
    }

    static String colour(int modelIndex) {
        return COLOURS[Math.floorMod(modelIndex, COLOURS.length)];
    }

    /** The same colour for Java2D (the PNG charts). */
    static Color awt(int modelIndex) {
        return Color.decode(colour(modelIndex));
    }
}
