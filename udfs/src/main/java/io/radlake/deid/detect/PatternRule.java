package io.radlake.deid.detect;

import io.radlake.phi.PhiCategory;

import java.util.Objects;

/**
 * One shape rule of the pattern pass: {@code prefix value suffix} must match whole words of the folded text
 * (lower case, see {@link Chars}); only the {@code value} part is reported, as {@link #category()}. The prefix
 * is context ("MRN: ", "fax ") and stays outside the finding unless {@link #prefixCategory()} says it is an
 * identifier of its own (the state before a ZIP code).
 *
 * <p>Expressions use the syntax common to dk.brics.automaton and java.util.regex (literals, escaped punctuation,
 * classes, groups, {@code | ? * + {n,m}}), so the DFA engine and the regex baseline run the very same rules.
 *
 * @param name           stable short rule name ("date.month-name"), reported in {@code PhiFinding.rule}
 * @param prefix         context before the value, or null
 * @param suffix         context after the value ("hours"), or null
 * @param prefixCategory category of the prefix text (trailing separators trimmed), or null
 * @param check          extra validation on the original text, beyond what the expression says
 */
public record PatternRule(String name, PhiCategory category, String prefix, String value, String suffix,
                          PhiCategory prefixCategory, Check check) {

    /** Validations that need the original (unfolded) text or the line around the match. */
    public enum Check {
        NONE,
        /** Every word of the street name is capitalised, unless the line is all upper case. */
        CAPITALISED_WORDS,
        /** The prefix (a two-letter state code) is upper case in the original. */
        UPPER_CASE_PREFIX,
        /** Dictation initials "ABC/xy": the whole line, first part upper case; gives one NAME per part. */
        DICTATION_INITIALS,
        /** Trailing sentence punctuation is not part of a URL. */
        TRIM_TRAILING_PUNCTUATION,
        /** Identifier values shorter than four characters are numbers, not identifiers. */
        MIN_FOUR_CHARS,
        /** The letters of the value are upper case in the original ("CVH00230881", not "a1234567"). */
        UPPER_CASE_LETTERS,
        /** "Tc-99m": a mass number after an element symbol and a dash is no age. */
        NOT_ISOTOPE,
        /** "right breast 9:00", "at 2:00" in a breast report: an o'clock position, not a time. */
        NOT_CLOCK_POSITION
    }

    public PatternRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(check, "check");
        if (prefixCategory != null && prefix == null) {
            throw new IllegalArgumentException("rule " + name + ": prefixCategory needs a prefix");
        }
    }

    /** The whole expression: prefix, value and suffix in sequence. */
    public String fullExpression() {
        return group(prefix) + "(" + value + ")" + group(suffix);
    }

    private static String group(String part) {
        return part == null ? "" : "(" + part + ")";
    }
}
