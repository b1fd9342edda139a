package io.radlake.dataset;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an impression says nothing a model could learn from the findings: a pointer elsewhere ("See above.",
 * "As above", "Please refer to the findings section."), a bare statement about an unseen prior ("No change.",
 * "Unchanged from prior study", "Stable."), a placeholder ("None", "N/A", "Pending", "Dictated but not read",
 * "[blank]", "XXX"), or punctuation only.
 *
 * <p>The test is on the whole impression, not a part: its words (see {@link TextWords}), after dropping a leading
 * section label ("Impression:", "Conclusion:") and list numbering, must form one of these phrases exactly. So
 * "No change in the 5 mm nodule." or "Findings as above, most consistent with pneumonia." keep their content and
 * pass. "No change" is rejected because the target then depends on a prior study the model never sees.
 */
public final class ImpressionWithoutContent {

    private static final Pattern POINTER = Pattern.compile(
            "(?:please )?(?:(?:see|refer to|as|per|as per|same as|as noted|as described|as stated|as discussed"
                    + "|as detailed|as dictated|as mentioned|as outlined|as reported|as in|described|noted|discussed"
                    + "|detailed) )?(?:in |on |to )?(?:the )?"
                    + "(?:above|below|findings?|body|body of (?:the )?report|report|text|description|discussion"
                    + "|addendum|comments?|details?)(?: above| below| section| of (?:the )?report)?");
    private static final Pattern NO_CHANGE = Pattern.compile(
            "(?:no (?:(?:significant |appreciable |definite )?(?:interval )?changes?)|unchanged|stable|no new findings?)"
                    + "(?: (?:from|since|compared (?:to|with)|versus|vs|relative to) (?:the )?"
                    + "(?:prior|previous|last|recent|earlier)(?: study| studies| exam| examination| imaging| scan"
                    + "| film| radiograph)?)?");
    private static final Pattern FILLER_LETTERS = Pattern.compile("x+|z+|\\.+|test(?:ing)?");
    private static final Set<String> PLACEHOLDERS = Set.of(
            "none", "nil", "n a", "na", "not applicable", "not available", "no impression", "impression",
            "impression pending", "pending", "to follow", "impression to follow", "report to follow",
            "final report to follow", "deferred", "tbd", "to be dictated", "dictation pending", "dictated not read",
            "dictated but not read", "preliminary", "preliminary report", "blank", "ditto", "same", "nothing",
            "no comment", "no comments", "nothing to add", "nothing further", "no further comment",
            "no additional comment", "no additional comments", "inaudible", "unintelligible", "dictation",
            "see addendum", "conclusion", "conclusions", "summary", "diagnosis", "result", "results");
    private static final Set<String> LABELS = Set.of("impression", "impressions", "conclusion", "conclusions",
            "summary", "assessment", "opinion", "diagnosis");

    private ImpressionWithoutContent() {
    }

    /** True when {@code impression} is blank, punctuation only, or only one of the phrases above. */
    public static boolean test(String impression) {
        List<String> words = TextWords.of(impression);
        int from = 0;
        // "Impression: see above" and "1. As above": the label and the numbering are not content.
        while (from < words.size() - 1 && (LABELS.contains(words.get(from)) || isNumbering(words.get(from)))) {
            from++;
        }
        if (from >= words.size()) {
            return true;
        }
        String phrase = String.join(" ", words.subList(from, words.size()));
        return PLACEHOLDERS.contains(phrase)
                || FILLER_LETTERS.matcher(phrase).matches()
                || POINTER.matcher(phrase).matches()
                || NO_CHANGE.matcher(phrase).matches();
    }

    private static boolean isNumbering(String word) {
        return word.length() <= 2 && word.chars().allMatch(Character::isDigit);
    }
}
