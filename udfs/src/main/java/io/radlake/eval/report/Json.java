package io.radlake.eval.report;

import io.radlake.dataset.export.JsonStrings;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pretty-prints a tree of {@link Map} (keys in iteration order), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and null as JSON, two spaces per level. Doubles are written in Java's shortest round-trip form; a
 * non-finite double is written as null (JSON has no NaN).
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            JsonStrings.appendQuoted(out, text);
        } else if (value instanceof Double number) {
            out.append(Double.isFinite(number) ? number.toString() : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(out, '{', '}', map.entrySet().iterator(), depth);
        } else if (value instanceof List<?> list) {
            writeEntries(out, '[', ']', list.iterator(), depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeEntries(StringBuilder out, char open, char close, Iterator<?> entries, int depth) {
        out.append(open);
        if (!entries.hasNext()) {
            out.append(close);
            return;
        }
        boolean first = true;
        while (entries.hasNext()) {
            out.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
            first = false;
            Object entry = entries.next();
            if (entry instanceof Map.Entry<?, ?> field) {
                JsonStrings.appendQuoted(out, String.valueOf(field.getKey()));
                out.append(": ");
                write(out, field.getValue(), depth + 1);
            } else {
                write(out, entry, depth + 1);
            }
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }
}
