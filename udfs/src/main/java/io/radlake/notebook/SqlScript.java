package io.radlake.notebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spark SQL text as statements, without a SQL parser: what is code and what is a string literal ('...' or
 * "..." with backslash escapes), a quoted identifier (`...`) or a comment (-- to end of line, nested
 * /* ... *&#47;) is decided in one pass, so a ';' or ':' inside those never splits a statement or makes a
 * parameter marker.
 */
public final class SqlScript {
    private SqlScript() {
    }

    /** The statements of {@code sql}, split at ';' in code, stripped; pieces holding only comments are dropped. */
    public static List<String> statements(String sql) {
        boolean[] code = codeMask(sql);
        List<String> statements = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sql.length(); i++) {
            if (i == sql.length() || (code[i] && sql.charAt(i) == ';')) {
                if (hasCode(sql, code, start, i)) {
                    statements.add(sql.substring(start, i).strip());
                }
                start = i + 1;
            }
        }
        return statements;
    }

    /**
     * The names of the named parameter markers ({@code :name}) in {@code sql}, in order of first use. A ':'
     * right after a word character or another ':' is not a marker ({@code a::int}, {@code raw:field}).
     */
    public static Set<String> parameterMarkers(String sql) {
        boolean[] code = codeMask(sql);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i + 1 < sql.length(); i++) {
            char before = i == 0 ? ' ' : sql.charAt(i - 1);
            if (code[i] && sql.charAt(i) == ':' && before != ':' && !isWord(before) && isWordStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && isWord(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
            }
        }
        return names;
    }

    /** {@code sql} from its first code character on: leading comments and whitespace removed. */
    public static String withoutLeadingComments(String sql) {
        boolean[] code = codeMask(sql);
        for (int i = 0; i < sql.length(); i++) {
            if (code[i] && !Character.isWhitespace(sql.charAt(i))) {
                return sql.substring(i);
            }
        }
        return "";
    }

    /** true at every character that is code: outside literals, quoted identifiers and comments. */
    static boolean[] codeMask(String sql) {
        boolean[] code = new boolean[sql.length()];
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                i = endOfBlockComment(sql, i);
            } else if (c == '\'' || c == '"' || c == '`') {
                i = endOfQuoted(sql, i, c);
            } else {
                code[i++] = true;
            }
        }
        return code;
    }

    /** Index after the block comment starting at {@code i}; Spark's bracketed comments nest. */
    private static int endOfBlockComment(String sql, int i) {
        int depth = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** Index after the literal or identifier opened by {@code quote} at {@code i}; backslash escapes in literals. */
    private static int endOfQuoted(String sql, int i, char quote) {
        int n = sql.length();
        i++;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return n;
    }

    private static boolean hasCode(String sql, boolean[] code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code[i] && !Character.isWhitespace(sql.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
