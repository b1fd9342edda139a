package io.radlake.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises report section headers at the start of a line: "IMPRESSION:", "Impression: No acute ...",
 * "CLINICAL HISTORY" alone on its line, "*** ADDENDUM ***". A label counts only in capitals or with a capital
 * first letter, and only when followed by a colon or nothing else on the line, so prose such as
 * "History of stroke" or "FINDINGS COMMUNICATED TO ..." is never a header. Organ labels inside findings
 * ("LUNGS:", "Alignment:") are not in the vocabulary and therefore stay part of the findings.
 */
final class SectionHeaders {

    /** A header found on one line; {@code inlineText} is what follows the colon, trimmed, maybe empty. */
    record Header(SectionKind kind, String inlineText) {
    }

    private static final Map<String, SectionKind> LABELS = labels();

    private static final String LABEL_ALTERNATION = alternation();

    /** First words of all labels, upper case: a cheap filter before the regex. */
    private static final Set<String> FIRST_WORDS = firstWords();

    // Optional decoration ("***", "==", "#"), the label, maybe a second one ("CLINICAL HISTORY/INDICATION": the
    // first decides), an optional number ("ADDENDUM #2"), decoration again, then a colon with inline text or the
    // end of the line.
    private static final Pattern AT_LINE_START = Pattern.compile(
            "^[*#=_\\-\\s]*(" + LABEL_ALTERNATION + ")(?:\\s*(?:/|&|\\bAND\\b)\\s*(?:" + LABEL_ALTERNATION + "))?"
                    + "(?:\\s*#?\\s*\\d{1,2})?[\\s*#=_\\-]*?"
                    + "(?:\\s*[:\uFF1A]\\s*(.*)|[\\s*#=_\\-]*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    // A section label ending right before a colon inside a line, after a sentence end or a column gap
    // ("... stable.  IMPRESSION: ..."); matched in a short region before each colon.
    private static final Pattern BEFORE_COLON = Pattern.compile(
            "(?:(?<=[.!?])\\s+|\\s{2,})(" + LABEL_ALTERNATION + ")\\s*(?=:)", Pattern.CASE_INSENSITIVE);

    /** Longest label plus spacing: how far before a colon a label can start. */
    private static final int LABEL_WINDOW = 48;

    private SectionHeaders() {
    }

    private static Map<String, SectionKind> labels() {
        Map<String, SectionKind> labels = new LinkedHashMap<>();
        put(labels, SectionKind.INDICATION, "INDICATION", "INDICATIONS", "CLINICAL INDICATION", "CLINICAL INDICATIONS",
                "INDICATION FOR EXAM", "INDICATION FOR EXAMINATION", "INDICATION FOR STUDY", "HISTORY",
                "CLINICAL HISTORY", "PATIENT HISTORY", "MEDICAL HISTORY", "BRIEF HISTORY", "HISTORY/INDICATION",
                "INDICATION/HISTORY", "HISTORY AND INDICATION", "CLINICAL INFO", "CLINICAL INFORMATION",
                "CLINICAL DATA", "CLINICAL DETAILS", "CLINICAL NOTES", "CLINICAL", "REASON FOR EXAM",
                "REASON FOR EXAMINATION", "REASON FOR STUDY", "REASON FOR REFERRAL", "REASON FOR REQUEST", "HX");
        put(labels, SectionKind.TECHNIQUE, "TECHNIQUE", "TECHNIQUES", "EXAM TECHNIQUE", "TECHNICAL FACTORS",
                "PROCEDURE DETAILS", "PROTOCOL", "METHOD", "METHODS");
        put(labels, SectionKind.EXAM_OR_PROCEDURE, "EXAM", "EXAMINATION", "PROCEDURE", "STUDY", "EXAM PERFORMED",
                "EXAMINATION PERFORMED", "PROCEDURE PERFORMED", "TYPE OF EXAM", "TYPE OF STUDY");
        put(labels, SectionKind.COMPARISON, "COMPARISON", "COMPARISONS", "COMPARISON STUDY", "COMPARISON STUDIES",
                "COMPARISON EXAM", "COMPARISON EXAMS", "PRIOR", "PRIORS", "PRIOR STUDY", "PRIOR STUDIES",
                "PRIOR EXAM", "PRIOR EXAMS", "PRIOR EXAMINATION", "PRIOR EXAMINATIONS", "PRIOR IMAGING");
        put(labels, SectionKind.FINDINGS, "FINDINGS", "FINDING", "FINDINGS/DISCUSSION", "FINDINGS AND DISCUSSION",
                "REPORT", "DESCRIPTION", "DISCUSSION", "OBSERVATIONS");
        put(labels, SectionKind.IMPRESSION, "IMPRESSION", "IMPRESSIONS", "FINAL IMPRESSION", "IMPRESSION/RECOMMENDATION",
                "IMPRESSION/RECOMMENDATIONS", "IMPRESSION AND RECOMMENDATION", "IMPRESSION AND RECOMMENDATIONS",
                "CONCLUSION", "CONCLUSIONS", "SUMMARY", "OPINION", "ASSESSMENT", "INTERPRETATION", "DIAGNOSIS");
        put(labels, SectionKind.ADDENDUM, "ADDENDUM", "ADDENDA", "ADDENDUM REPORT");
        put(labels, SectionKind.OTHER, "DATE", "EXAM DATE", "DATE OF EXAM", "DATE OF STUDY", "DATE OF SERVICE",
                "STUDY DATE", "DOS", "TIME", "PATIENT", "PATIENT NAME", "NAME", "PT", "MRN", "MR#", "DOB", "D.O.B.",
                "AGE", "SEX", "AGE/SEX", "ACCESSION", "ACCESSION #", "ACC", "ACC NO", "REFERRING PHYSICIAN",
                "ORDERING PHYSICIAN", "ORDERING PROVIDER", "REF", "CC", "LOCATION", "RECOMMENDATION",
                "RECOMMENDATIONS", "FOLLOW-UP", "NOTIFICATION", "COMMUNICATION", "CRITICAL RESULT",
                "CRITICAL RESULTS", "RADIOLOGIST", "ATTENDING", "RESIDENT", "SIGNED", "SIGNED BY", "DICTATED BY",
                "TRANSCRIBED BY", "READ BY");
        return Map.copyOf(labels);
    }

    private static void put(Map<String, SectionKind> labels, SectionKind kind, String... names) {
        for (String name : names) {
            labels.put(name, kind);
        }
    }

    private static Set<String> firstWords() {
        Set<String> words = new HashSet<>();
        for (String label : LABELS.keySet()) {
            words.add(firstWord(label));
        }
        return Set.copyOf(words);
    }

    /** The leading run of letters, '.', '#' or '/' of {@code text} from {@code start}, upper case. */
    private static String firstWord(CharSequence text) {
        int start = 0;
        while (start < text.length() && "*#=_- \t".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < text.length() && end - start < 20 && (Character.isLetter(text.charAt(end))
                || text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)))) {
            end++;
        }
        return text.subSequence(start, end).toString().toUpperCase(Locale.ROOT);
    }

    /** Longest labels first, so "EXAM DATE" wins over "EXAM" and "PRIOR STUDIES" over "PRIOR". */
    private static String alternation() {
        List<String> names = new ArrayList<>(LABELS.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternation = new StringBuilder();
        for (String name : names) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            // Spaces in labels match any run of spaces; the label text itself is literal.
            alternation.append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q"));
        }
        return alternation.toString();
    }

    /** Headers are short: only this many leading characters of a line are matched. */
    private static final int HEAD_CHARS = 200;

    /** The header that {@code line} (trimmed) starts with, or null. */
    static Header parse(String line) {
        if (line.isEmpty()) {
            return null;
        }
        char first = firstNonDecoration(line);
        if (!Character.isLetter(first) || !Character.isUpperCase(first)) {
            return null; // quick reject: every label starts with a capital letter
        }
        String word = firstWord(line.length() > 40 ? line.substring(0, 40) : line);
        if (!FIRST_WORDS.contains(word) && !FIRST_WORDS.contains(stripTrailingDot(word))) {
            return null;
        }
        boolean cut = line.length() > HEAD_CHARS;
        Matcher m = AT_LINE_START.matcher(cut ? line.substring(0, HEAD_CHARS) : line);
        if (!m.matches() || !acceptableCase(m.group(1)) || cut && m.group(2) == null) {
            return null;
        }
        SectionKind kind = LABELS.get(canonical(m.group(1)));
        String inline = m.group(2) == null ? "" : line.substring(m.start(2)).trim();
        return new Header(kind, inline);
    }

    /** True when {@code line} is a header line (with or without inline text). */
    static boolean isHeader(String line) {
        return parse(line.trim()) != null;
    }

    /** True when {@code line} is a header with nothing after it ("FINDINGS:", "History"). */
    static boolean isHeaderOnly(String line) {
        Header header = parse(line.trim());
        return header != null && header.inlineText().isEmpty();
    }

    /**
     * Start offsets of section headers inside {@code line} (not at its start), for reports whose line breaks
     * were lost. Only the six report sections count, never EXAM/DATE-style labels.
     */
    static List<Integer> insideLineStarts(String line) {
        List<Integer> starts = new ArrayList<>(0);
        int colon = line.indexOf(':');
        if (colon < 0) {
            return starts;
        }
        Matcher m = BEFORE_COLON.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        for (; colon >= 0; colon = line.indexOf(':', colon + 1)) {
            int from = Math.max(0, colon - LABEL_WINDOW);
            m.region(from, colon);
            while (m.find()) {
                if (m.end() != colon) {
                    continue;
                }
                String label = m.group(1);
                SectionKind kind = LABELS.get(canonical(label));
                if (kind != SectionKind.OTHER && kind != SectionKind.EXAM_OR_PROCEDURE && acceptableCase(label)
                        && m.start(1) > 0) {
                    starts.add(m.start(1));
                }
                break;
            }
        }
        return starts;
    }

    private static String stripTrailingDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static char firstNonDecoration(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("*#=_- \t".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    private static String canonical(String label) {
        return label.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** "FINDINGS", "Findings", "Clinical History", "Clinical history"; never "findings". */
    private static boolean acceptableCase(String label) {
        return Character.isUpperCase(label.charAt(0));
    }
}
