package io.radlake.notebook;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notebook parameter, declared the Databricks way: {@code CREATE WIDGET TEXT name DEFAULT 'value'} (also
 * DROPDOWN, COMBOBOX, MULTISELECT with CHOICES). Databricks shows it as an input field; queries read it as the
 * named parameter marker {@code :name}. {@code radlake notebook} binds it to its default or to {@code --param}.
 *
 * @param name the widget's name
 * @param defaultValue its DEFAULT
 */
public record Widget(String name, String defaultValue) {
    private static final Pattern WIDGET_STATEMENT = Pattern.compile("(?is)(CREATE|REMOVE)\\s+WIDGET\\b.*");
    private static final Pattern CREATE = Pattern.compile(
            "(?is)CREATE\\s+WIDGET\\s+(?:TEXT|DROPDOWN|COMBOBOX|MULTISELECT)\\s+`?([A-Za-z_][A-Za-z0-9_]*)`?"
                    + "\\s+DEFAULT\\s+('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")(?:\\s+CHOICES\\s+.+)?");

    public Widget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /** Whether {@code statement} is a Databricks widget command (CREATE or REMOVE WIDGET), which Spark does not know. */
    public static boolean isWidgetStatement(String statement) {
        return WIDGET_STATEMENT.matcher(SqlScript.withoutLeadingComments(statement)).matches();
    }

    /**
     * The widget a {@code CREATE WIDGET} statement declares; empty for {@code REMOVE WIDGET} and any other statement.
     *
     * @throws IllegalArgumentException for a CREATE WIDGET statement that is not TYPE name DEFAULT 'value'
     */
    public static Optional<Widget> parse(String statement) {
        String sql = SqlScript.withoutLeadingComments(statement).strip();
        if (!isWidgetStatement(sql) || !sql.regionMatches(true, 0, "CREATE", 0, 6)) {
            return Optional.empty();
        }
        Matcher m = CREATE.matcher(sql);
        if (!m.matches()) {
            throw new IllegalArgumentException("CREATE WIDGET must be CREATE WIDGET TEXT|DROPDOWN|COMBOBOX|MULTISELECT"
                    + " name DEFAULT 'value' [CHOICES ...], got: " + firstLine(sql));
        }
        String quoted = m.group(2);
        String value = quoted.substring(1, quoted.length() - 1).replaceAll("\\\\(.)", "$1");
        return Optional.of(new Widget(m.group(1), value));
    }

    private static String firstLine(String sql) {
        int nl = sql.indexOf('\n');
        return nl < 0 ? sql : sql.substring(0, nl) + " ...";
    }
}
