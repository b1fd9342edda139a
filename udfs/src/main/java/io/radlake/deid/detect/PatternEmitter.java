package io.radlake.deid.detect;

import io.radlake.phi.PhiCategory;

import java.util.List;

/**
 * Applies a rule's {@link PatternRule.Check} to one match and emits its candidates. Shared by the DFA engine and
 * the regex baseline so that both report exactly the same things for the same match.
 */
final class PatternEmitter {

    private PatternEmitter() {
    }

    /**
     * @param start      match start (prefix included)
     * @param valueStart start of the value (end of the prefix)
     * @param valueEnd   end of the value (start of the suffix)
     * @return whether the match passed its check and was emitted
     */
    static boolean emit(PatternRule rule, String text, int start, int valueStart, int valueEnd,
                        List<Candidate> out) {
        int priority = rule.prefix() != null ? Candidate.LABELLED : Candidate.SHAPE;
        switch (rule.check()) {
            case MIN_FOUR_CHARS -> {
                if (valueEnd - valueStart < 4) {
                    return false;
                }
            }
            case UPPER_CASE_PREFIX -> {
                int prefixEnd = trimSeparators(text, start, valueStart);
                if (prefixEnd - start == 2 && !(Chars.isUpper(text.charAt(start))
                        && Chars.isUpper(text.charAt(start + 1)))) {
                    return false;
                }
            }
            case CAPITALISED_WORDS -> {
                if (!capitalisedWords(text, valueStart, valueEnd)) {
                    return false;
                }
            }
            case TRIM_TRAILING_PUNCTUATION -> {
                while (valueEnd > valueStart && ".,;:!?')".indexOf(text.charAt(valueEnd - 1)) >= 0) {
                    valueEnd--;
                }
                if (valueEnd - valueStart < 4) {
                    return false;
                }
            }
            case UPPER_CASE_LETTERS -> {
                for (int i = valueStart; i < valueEnd; i++) {
                    if (Chars.isLower(text.charAt(i))) {
                        return false;
                    }
                }
            }
            case NOT_ISOTOPE -> {
                if (valueStart >= 2 && text.charAt(valueStart - 1) == '-'
                        && Chars.isLetter(text.charAt(valueStart - 2))) {
                    return false;
                }
            }
            case NOT_CLOCK_POSITION -> {
                if (isClockPosition(text, valueStart, valueEnd)) {
                    return false;
                }
            }
            case DICTATION_INITIALS -> {
                return dictationInitials(rule, text, valueStart, valueEnd, out);
            }
            case NONE -> {
            }
        }
        if (rule.prefixCategory() != null) {
            int prefixEnd = trimSeparators(text, start, valueStart);
            if (prefixEnd > start) {
                out.add(new Candidate(rule.prefixCategory(), start, prefixEnd, rule.name() + ".prefix", priority));
            }
        }
        PhiCategory category = rule.category() == PhiCategory.OTHER_ID && isSsnShape(text, valueStart, valueEnd)
                ? PhiCategory.SSN : rule.category();
        out.add(new Candidate(category, valueStart, valueEnd, rule.name(), priority));
        return true;
    }

    /** "ID 987-65-4321": a generic id label in front of a social security number. */
    private static boolean isSsnShape(String text, int start, int end) {
        if (end - start != 11) {
            return false;
        }
        for (int i = 0; i < 11; i++) {
            char c = text.charAt(start + i);
            if (i == 3 || i == 6 ? c != '-' : !Chars.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static final String[] CLOCK_POSITION_CUES = {"breast", "right", "left", "rt", "lt", "at", "the"};

    /**
     * A whole hour without AM/PM ("9:00", "10:00") right after a side or "breast", or after "at" in a text about
     * the breast: breast imaging gives positions on a clock face. Times with minutes or AM/PM stay times.
     */
    static boolean isClockPosition(String text, int start, int end) {
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon + 3 != end || text.charAt(colon + 1) != '0' || text.charAt(colon + 2) != '0') {
            return false;
        }
        int hour = 0;
        for (int i = start; i < colon; i++) {
            hour = hour * 10 + (text.charAt(i) - '0');
        }
        if (hour < 1 || hour > 12) {
            return false;
        }
        int wordEnd = start;
        while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Chars.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || wordEnd == start) {
            return false;
        }
        boolean sideOrBreast = false;
        boolean at = false;
        for (String cue : CLOCK_POSITION_CUES) {
            if (wordEnd - wordStart == cue.length() && text.regionMatches(true, wordStart, cue, 0, cue.length())) {
                sideOrBreast = !cue.equals("at") && !cue.equals("the");
                at = !sideOrBreast;
            }
        }
        if (sideOrBreast) {
            return true;
        }
        return at && mentionsBreast(text);
    }

    private static boolean mentionsBreast(String text) {
        for (int i = 0; i + 6 <= text.length(); i++) {
            if (text.regionMatches(true, i, "breast", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    private static int trimSeparators(String text, int start, int end) {
        while (end > start && " ,:#.".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** Street words start upper case, unless their line has no lower-case letter at all. */
    private static boolean capitalisedWords(String text, int start, int end) {
        if (!Lines.hasLowerCase(text, start)) {
            return true;
        }
        boolean wordStart = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Chars.isLetter(c)) {
                if (wordStart && !Chars.isUpper(c) && !isOrdinalSuffix(text, i)) {
                    return false;
                }
                wordStart = false;
            } else {
                wordStart = c == ' ' || c == ',' || c == '#';
            }
        }
        return true;
    }

    private static boolean isOrdinalSuffix(String text, int i) {
        return i > 0 && Chars.isDigit(text.charAt(i - 1));
    }

    /** "MTM/bw" alone on its line: the signer's initials and the typist's, two names. */
    private static boolean dictationInitials(PatternRule rule, String text, int start, int end,
                                             List<Candidate> out) {
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        // At the line start, or after the date and time of a "Transcribed: 01/09/2022 15:40 AL/dkr" line.
        boolean lineStart = before == 0 || text.charAt(before - 1) == '\n'
                || before < start && Chars.isDigit(text.charAt(before - 1));
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean lineEnd = after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
        int slash = text.indexOf('/', start);
        if (!lineStart || !lineEnd || slash < 0 || slash >= end) {
            return false;
        }
        for (int i = start; i < slash; i++) {
            if (!Chars.isUpper(text.charAt(i))) {
                return false;
            }
        }
        out.add(new Candidate(PhiCategory.NAME, start, slash, rule.name(), Candidate.SHAPE));
        out.add(new Candidate(PhiCategory.NAME, slash + 1, end, rule.name(), Candidate.SHAPE));
        return true;
    }
}
