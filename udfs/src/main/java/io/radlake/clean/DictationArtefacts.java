package io.radlake.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech-recognition leftovers: spoken commands ("new paragraph", "... fluid period"), hesitation fillers
 * ("um", "uh"), "[inaudible]" markers, and words recognised twice ("the the", "is is"). Works within a line and
 * across a single line break (hard-wrapped text); never across a paragraph break.
 */
final class DictationArtefacts {

    private static final Pattern INAUDIBLE = Pattern.compile(
            "[ \\t]*(?:\\[\\s*(?:inaudible|unintelligible|indiscernible|audio unclear|unclear|\\?+|blank)\\s*\\]"
                    + "|\\(\\s*(?:inaudible|unintelligible|indiscernible)\\s*\\))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Fillers in lower case or capitalised only: in capitals "UH"/"UM" are more likely abbreviations. The spaces
     * before a filler go with it; after a digit "um" is a micrometre ("5 um") and stays.
     */
    private static final Pattern FILLER = Pattern.compile("(?<![\\w-])(?:[Uu]m+|[Uu]h+m*|[Ee]rm+|[Hh]mm+)\\b(?!-),?");

    private static final Pattern SPOKEN_PARAGRAPH = Pattern.compile(
            "\\b(?:new|next)(?:[ \\t]+|[ \\t]*\\n[ \\t]*)paragraph\\b[.,:]?[ \\t]*", Pattern.CASE_INSENSITIVE);

    /** "... fluid period" / "... fluid full stop": the word before, then the spoken command. */
    private static final Pattern SPOKEN_PERIOD = Pattern.compile(
            "(?<![\\p{L}\\p{N})\\]%])([\\p{L}\\p{N})\\]%]+)(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:period|full[ \\t]+stop)\\b(?![.\\w-])", Pattern.CASE_INSENSITIVE);

    /** After these words "period" is the noun ("the postoperative period"), not a spoken full stop. */
    private static final Set<String> PERIOD_NOUN_CONTEXT = Set.of("the", "a", "an", "this", "that", "these",
            "those", "each", "every", "any", "same", "whole", "entire", "short", "brief", "long", "prolonged",
            "extended", "initial", "early", "late", "postoperative", "post-operative", "perioperative",
            "peri-operative", "postpartum", "post-partum", "neonatal", "newborn", "perinatal", "latent", "interval",
            "waiting", "washout", "wash-out", "follow-up", "followup", "observation", "observational", "study",
            "time", "menstrual", "refractory", "recovery", "trial", "grace", "incubation", "transition",
            "transitional", "treatment", "posttreatment", "post-treatment", "postprocedural", "post-procedural",
            "healing", "within", "over", "during", "for", "of", "per", "in", "same-day");

    /** Real English doubles ("had had", "that that"). */
    private static final Set<String> LEGITIMATE_DOUBLES = Set.of("had", "that");

    private DictationArtefacts() {
    }

    static String remove(String text) {
        // Each pattern runs only when its words occur at all: most reports have no artefacts.
        String lower = text.toLowerCase(Locale.ROOT);
        String out = text;
        if (lower.contains("[") || lower.contains("(")) {
            out = INAUDIBLE.matcher(out).replaceAll("");
        }
        if (lower.contains("um") || lower.contains("uh") || lower.contains("erm") || lower.contains("hmm")) {
            out = fillers(out);
        }
        if (lower.contains("paragraph")) {
            out = SPOKEN_PARAGRAPH.matcher(out).replaceAll("");
        }
        if (lower.contains("period") || lower.contains("full")) {
            out = spokenPeriods(out);
        }
        return doubledWords(out);
    }

    private static String fillers(String text) {
        Matcher m = FILLER.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int start = m.start();
            while (start > copied && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--;
            }
            if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                continue; // "5 um": micrometres
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, start);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String spokenPeriods(String text) {
        Matcher m = SPOKEN_PERIOD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String before = m.group(1).toLowerCase(Locale.ROOT);
            if (PERIOD_NOUN_CONTEXT.contains(before) || !endsSentence(text, m.end())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.end(1)).append('.');
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A spoken "period" ends a sentence when the text ends there or the next word starts with a capital or digit. */
    private static boolean endsSentence(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return true;
    }

    /**
     * Drops a word that repeats the word before it (any case), when only spaces or one line break separate them;
     * "the the the" keeps one "the".
     */
    private static String doubledWords(String text) {
        StringBuilder out = null;
        int copied = 0;
        int previousStart = -1;
        int previousEnd = -1;
        int lastEnd = -1; // end of the last word seen, kept or dropped
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int end = i;
            boolean wholeWord = (start == 0 || !isWordJoiner(text.charAt(start - 1)))
                    && (end == n || !isWordJoiner(text.charAt(end)));
            if (!wholeWord) {
                previousStart = -1;
                continue;
            }
            if (previousStart >= 0 && onlyBlanksAndOneBreak(text, lastEnd, start)
                    && text.regionMatches(true, previousStart, text, start, end - start)
                    && end - start == previousEnd - previousStart && isRemovableDouble(text, previousStart, previousEnd)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                if (copied < previousEnd) {
                    out.append(text, copied, previousEnd);
                }
                copied = end; // the kept word stays "previous", so a triple loses both repeats
                lastEnd = end;
                continue;
            }
            previousStart = start;
            previousEnd = end;
            lastEnd = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Characters that make letters part of a larger token ("x-ray", "5mm", "L4"). */
    private static boolean isWordJoiner(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private static boolean onlyBlanksAndOneBreak(String text, int from, int to) {
        if (from == to) {
            return false;
        }
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return breaks <= 1;
    }

    private static boolean isRemovableDouble(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean tooShort = word.length() == 1 && !word.equals("a");
        return !tooShort && !LEGITIMATE_DOUBLES.contains(word) && !endsHeaderLine(text, start, end);
    }

    /** "HISTORY" alone on its line followed by "History of ...": a header, not a stutter. */
    private static boolean endsHeaderLine(String text, int wordStart, int wordEnd) {
        int lineStart = text.lastIndexOf('\n', wordStart - 1) + 1;
        int lineEnd = text.indexOf('\n', wordEnd);
        boolean wordEndsLine = lineEnd >= 0 && text.substring(wordEnd, lineEnd).isBlank();
        return wordEndsLine && SectionHeaders.isHeaderOnly(text.substring(lineStart, wordEnd));
    }
}
