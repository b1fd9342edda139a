package io.radlake.clean;

import java.text.Normalizer;

/** Character-level repairs: Unicode compatibility normalisation, control characters, typographic punctuation. */
final class CharacterRepair {

    private CharacterRepair() {
    }

    /**
     * NFKC: full-width letters, ligatures, non-breaking spaces and "…" become their plain forms, so later
     * patterns see one spelling of each character.
     */
    static String normalizeUnicode(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Line endings become "\n" (CR LF, lone CR, line and paragraph separators, form and vertical feeds); other
     * control and invisible format characters (zero-width spaces, BOM, soft hyphens) are dropped. Tabs stay for
     * the whitespace step.
     */
    static String removeControlCharacters(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == '\r') {
                replacement = i + 1 < n && text.charAt(i + 1) == '\n' ? "" : "\n";
            } else if (c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                replacement = "\n";
            } else if (c != '\n' && c != '\t' && isControlOrInvisible(c)) {
                replacement = "";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControlOrInvisible(char c) {
        int type = Character.getType(c);
        // Surrogates are left alone: dropping half a pair would corrupt the text.
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** Curly quotes, primes, dashes, minus signs and bullets become their ASCII forms. */
    static String normalizePunctuation(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060' -> "'";
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\u2043', '\uFE63', '\uFF0D' -> "-";
                // Em dash and bar separate clauses ("clear—no effusion"); spaces keep the words apart.
                case '\u2014', '\u2015' -> " - ";
                case '\u2022', '\u2023', '\u25E6', '\u25AA', '\u25CF', '\u2219' -> "-";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(n + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
