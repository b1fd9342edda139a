package io.radlake.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Databricks source-format SQL notebooks: the file starts with {@value #HEADER}, cells are separated by
 * {@code -- COMMAND ----------} lines, an optional first line {@code -- DBTITLE 1,Title} names a cell, and cells
 * in another language are {@code -- MAGIC }-prefixed lines whose first one holds the magic ({@code %md},
 * {@code %python}, ...). This is the format Databricks exports and imports as "source", so the same file runs
 * there and under {@code radlake notebook}.
 */
public final class NotebookSource {
    public static final String HEADER = "-- Databricks notebook source";
    public static final String SEPARATOR = "-- COMMAND ----------";

    private static final Pattern SEPARATOR_LINE = Pattern.compile("-- COMMAND -{10}\\s*");
    private static final Pattern TITLE_LINE = Pattern.compile("-- DBTITLE \\d+,(.*)");
    private static final String MAGIC_PREFIX = "-- MAGIC";

    private NotebookSource() {
    }

    /**
     * The cells of {@code source}.
     *
     * @param name the file name, used in messages
     * @throws IllegalArgumentException when the first line is not {@value #HEADER}
     */
    public static Notebook parse(String name, String source) {
        String[] lines = source.split("\r?\n", -1);
        String first = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        if (!first.strip().equals(HEADER)) {
            String other = first.strip().endsWith("Databricks notebook source")
                    ? " (this one is in another language: '" + first.strip() + "')" : "";
            throw new IllegalArgumentException(name + " is not a Databricks source-format SQL notebook" + other
                    + ": its first line must be '" + HEADER + "'");
        }
        List<NotebookCell> cells = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= lines.length; i++) {
            if (i == lines.length || SEPARATOR_LINE.matcher(lines[i]).matches()) {
                cells.add(cell(cells.size() + 1, lines, start, i));
                start = i + 1;
            }
        }
        return new Notebook(name, cells);
    }

    /** The cell made of lines [from, to) (0-based indexes into the file). */
    private static NotebookCell cell(int number, String[] lines, int from, int to) {
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        int firstLine = Math.min(from, lines.length - 1) + 1;
        String title = "";
        if (from < to) {
            Matcher m = TITLE_LINE.matcher(lines[from].strip());
            if (m.matches()) {
                title = m.group(1).strip();
                from++;
            }
        }
        List<String> body = List.of(lines).subList(from, to);
        String firstBody = body.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (!isMagic(firstBody) || !unmagic(firstBody).startsWith("%")) {
            return new NotebookCell(number, firstLine, CellKind.SQL, "", title, String.join("\n", body).strip());
        }
        List<String> text = new ArrayList<>();
        String magic = null;
        for (String line : body) {
            String plain = isMagic(line) ? unmagic(line) : line;
            if (magic == null && !plain.isBlank()) {
                int end = plain.indexOf(' ');
                magic = end < 0 ? plain : plain.substring(0, end);
                plain = end < 0 ? "" : plain.substring(end + 1);
            }
            text.add(plain);
        }
        CellKind kind = switch (magic) {
            case "%md", "%md-sandbox" -> CellKind.MARKDOWN;
            case "%sql" -> CellKind.SQL;
            default -> CellKind.OTHER;
        };
        return new NotebookCell(number, firstLine, kind, magic, title, String.join("\n", text).strip());
    }

    private static boolean isMagic(String line) {
        return line.equals(MAGIC_PREFIX) || line.startsWith(MAGIC_PREFIX + " ");
    }

    private static String unmagic(String line) {
        return line.length() <= MAGIC_PREFIX.length() ? "" : line.substring(MAGIC_PREFIX.length() + 1);
    }
}
