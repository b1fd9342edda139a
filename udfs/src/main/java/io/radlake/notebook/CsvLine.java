package io.radlake.notebook;

import java.util.List;

/** Query results as RFC 4180 CSV lines, for {@code radlake sql --format csv}. */
public final class CsvLine {
    private CsvLine() {
    }

    /** One line without its line end: a value is quoted when it holds ',', '"', CR or LF; null is an empty field. */
    public static String of(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = values.get(i);
            if (v == null) {
                continue;
            }
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
            line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return line.toString();
    }
}
