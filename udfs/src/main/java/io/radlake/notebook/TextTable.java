package io.radlake.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Query results as an aligned text table: the header, a dashed rule, one line per row; columns two spaces
 * apart, numbers right-aligned. Null shows as NULL; line breaks and tabs show as \n and \t so one row stays
 * one line; values longer than {@code maxCellWidth} are cut and end in "...".
 */
public final class TextTable {
    public static final String NULL = "NULL";

    private final List<String> header;
    private final List<Boolean> rightAligned;
    private final int maxCellWidth;

    /**
     * @param header column names
     * @param rightAligned per column, whether it is numeric (right-aligned)
     * @param maxCellWidth the longest value shown whole, at least 4
     */
    public TextTable(List<String> header, List<Boolean> rightAligned, int maxCellWidth) {
        this.header = List.copyOf(header);
        this.rightAligned = List.copyOf(rightAligned);
        if (this.header.size() != this.rightAligned.size()) {
            throw new IllegalArgumentException("one alignment per column: " + header.size() + " columns, "
                    + rightAligned.size() + " alignments");
        }
        if (maxCellWidth < 4) {
            throw new IllegalArgumentException("maxCellWidth must be >= 4, got: " + maxCellWidth);
        }
        this.maxCellWidth = maxCellWidth;
    }

    /** The table with {@code rows} (each one value per column, null allowed), lines ending in '\n'. */
    public String format(List<List<String>> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(header.stream().map(this::cell).toList());
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values, table has " + header.size()
                        + " columns");
            }
            cells.add(row.stream().map(v -> cell(v == null ? NULL : v)).toList());
        }
        int[] widths = new int[header.size()];
        for (List<String> row : cells) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, cells.get(0), widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        for (List<String> row : cells.subList(1, cells.size())) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String value = row.get(c);
            String pad = " ".repeat(widths[c] - value.length());
            if (c > 0) {
                line.append("  ");
            }
            line.append(rightAligned.get(c) ? pad + value : value + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private String cell(String value) {
        String shown = Objects.requireNonNull(value).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return shown.length() <= maxCellWidth ? shown : shown.substring(0, maxCellWidth - 3) + "...";
    }
}
