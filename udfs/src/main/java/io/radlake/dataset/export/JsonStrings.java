package io.radlake.dataset.export;

/**
 * The one JSON string escaper behind every export, so that the same text always gives the same bytes, whatever
 * library version a cluster ships.
 *
 * <p>Rules: {@code "} and {@code \} are backslash-escaped; the control characters U+0000..U+001F use the short forms
 * {@code \b \f \n \r \t} where JSON has one and {@code \}{@code u00xx} (lower-case hex) otherwise; U+2028 and U+2029
 * are escaped as {@code \}{@code u2028}/{@code \}{@code u2029} (valid JSON, but line breaks to JavaScript and to some
 * line-oriented tools); an unpaired surrogate is escaped as {@code \}{@code udxxx} rather than being replaced by
 * {@code ?} when encoding to UTF-8. Everything else, including all other non-ASCII text and {@code /}, is written as
 * is and encoded as UTF-8.
 */
public final class JsonStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {}

    /** The quoted JSON string literal for {@code value}; {@code null} gives {@code null}. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value == null ? 4 : value.length() + 8);
        appendQuoted(out, value);
        return out.toString();
    }

    /** Appends the quoted JSON literal for {@code value} ({@code null} for null). */
    public static void appendQuoted(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u2028', '\u2029' -> appendUnicodeEscape(out, c);
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
