package io.radlake.eval.report;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A small writer of SVG 1.1 markup: the root element with its title, shapes and text with presentation attributes
 * (no CSS, so a chart also renders when saved alone), and XML escaping of every text and attribute value. The output
 * is well-formed XML, so it can sit inside the XHTML report or be parsed on its own.
 */
final class Svg {
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    static final String TEXT_COLOUR = "#1f2328";
    static final String MUTED_COLOUR = "#59636e";
    static final String GRID_COLOUR = "#d8dee4";

    private final StringBuilder out = new StringBuilder();

    /** Opens the root element; {@code title} is the accessible name (shown as a tooltip by browsers). */
    Svg(double width, double height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" font-family=\"").append(escape(FONT)).append("\" font-size=\"12\">\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
    }

    Svg rect(double x, double y, double width, double height, String attributes) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, width))).append("\" height=\"").append(num(Math.max(0, height))).append('"');
        return close(attributes);
    }

    Svg line(double x1, double y1, double x2, double y2, String attributes) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        return close(attributes);
    }

    Svg circle(double cx, double cy, double r, String attributes) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append('"');
        return close(attributes);
    }

    /** A polyline through {@code xs[i], ys[i]}. */
    Svg polyline(double[] xs, double[] ys, String attributes) {
        out.append("<polyline points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        out.append('"');
        return close(attributes);
    }

    /** Text at (x, y); {@code attributes} are raw (already escaped) attribute text, e.g. {@code text-anchor="end"}. */
    Svg text(double x, double y, String text, String attributes) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** Opens a group with a tooltip ({@code <title>}), e.g. around a bar and its whisker; close it with {@link #end}. */
    Svg group(String tooltip) {
        out.append("<g><title>").append(escape(tooltip)).append("</title>\n");
        return this;
    }

    Svg end() {
        out.append("</g>\n");
        return this;
    }

    /**
     * A vertical value axis: a horizontal grid line and a label per tick from {@code left} to {@code right}, and the
     * axis title turned along the left edge.
     */
    Svg valueAxis(Axis y, double left, double right, String title, DoubleFunction<String> tickLabel) {
        for (double tick : y.ticks()) {
            line(left, y.at(tick), right, y.at(tick), "stroke=\"" + GRID_COLOUR + "\" stroke-width=\"1\"");
            text(left - 6, y.at(tick) + 4, tickLabel.apply(tick), "text-anchor=\"end\" fill=\"" + MUTED_COLOUR + "\"");
        }
        double middle = (y.from() + y.to()) / 2;
        return text(16, middle, title, "text-anchor=\"middle\" transform=\"rotate(-90 16 " + num(middle)
                + ")\" fill=\"" + TEXT_COLOUR + "\"");
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }

    private Svg close(String attributes) {
        if (!attributes.isEmpty()) {
            out.append(' ').append(attributes);
        }
        out.append("/>\n");
        return this;
    }

    /** Coordinates with at most two decimals, always with a dot. */
    static String num(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    /** XML escaping of text and attribute values (quotes included). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0 at all; nothing radlake writes holds one.
                    escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
                }
            }
        }
        return escaped.toString();
    }
}
