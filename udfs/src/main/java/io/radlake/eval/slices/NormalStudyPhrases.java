package io.radlake.eval.slices;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an impression is a normal-study phrase ("No acute cardiopulmonary abnormality.", "Normal chest
 * radiograph.", "BI-RADS 1: Negative."), i.e. whether it belongs outside the abnormal-only slice, where predicting
 * one constant text cannot score well.
 *
 * <p>Rules (case-insensitive):
 * <ol>
 *   <li>The impression is cut into clauses at sentence ends ({@code . ; : ! ?} followed by a space or the end),
 *       line breaks and spaced dashes. Numbering ("1.", "2)", "(3)", "-", "*") and labels ("Impression:",
 *       "Assessment:") are dropped. BI-RADS / Lung-RADS spellings are unified first ("BIRADS category 1" is
 *       "bi-rads 1").</li>
 *   <li>A clause that states or implies a finding is abnormal, whatever else it says: contrast or exception words
 *       (but, however, except, otherwise, other than, ...), "no other / no new / no interval change", comparison
 *       with a known finding (stable, unchanged, again seen, known, residual, resolved, improved, ...), measurements
 *       ("4 mm", "2 x 3"), severity or size words (mild, small, tiny, ...; not "small bowel"), chronic / old /
 *       healed / degenerative, status post, devices, hedges (likely, possible, cannot be excluded, ...),
 *       recommendations other than routine screening, and in a "No ..." clause a trailing "with ..." that is not
 *       "with no / normal / contrast".</li>
 *   <li>Otherwise a clause is normal when it is a negation ("No ...", "There is no ...", "Negative for ...",
 *       "Without ..."), starts with normal / unremarkable / negative, says that something "is/are normal,
 *       unremarkable, clear, intact, negative" or "within normal limits" (no comma before), is an assessment
 *       category BI-RADS 1-2 or Lung-RADS 1-2 (negative / benign: routine screening), is the bare assessment word
 *       "Benign", is a routine or annual screening recommendation, or is "nonobstructive bowel gas pattern".</li>
 *   <li>The impression is normal when it has at least one normal clause and every clause is normal. A blank or
 *       missing impression is not normal (callers exclude it rather than count it as either).</li>
 * </ol>
 * Known limits: a finding appended by a comma to a negated list ("No acute process, cardiomegaly.") cannot be told
 * from a list item ("No consolidation, effusion, or pneumothorax.") and passes as normal; "Benign findings." is a
 * finding (BI-RADS 2 stated with a finding), only the bare word "Benign." is the assessment.
 */
public final class NormalStudyPhrases {

    private static final Pattern RADS = Pattern.compile(
            "\\b(bi|lung)\\s*-?\\s*rads\\s*(?:category|cat\\.?)?\\s*:?\\s*(\\d[abc]?)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:!?](?=\\s|$)|\\n|\\s[-\u2013\u2014]+\\s");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,2}[.)]\\s*|#\\d{1,2}\\s*|[-*\u2022]\\s*)+");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\(?#?\\d{1,2}\\)?");
    private static final Pattern LABEL = Pattern.compile(
            "(?:final |overall )?(?:impressions?|conclusions?|assessment|summary|opinion|diagnosis|result)");

    private static final Pattern FINDING_MARKER = Pattern.compile(String.join("|",
            "\\b(?:but|however|although|though|except|excepting|otherwise|besides|exception|whereas)\\b",
            "\\b(?:apart|aside) from\\b", "\\bother than\\b", "\\bsave for\\b",
            "\\bno (?:other|additional|new|interval|change|significant (?:interval )?change)\\b",
            "\\b(?:stable|unchanged|persistent|persists|again (?:seen|noted|demonstrated|visualized)|redemonstrat\\w*"
                    + "|re-demonstrat\\w*|known|residual|recurrent|recurrence|resolved|resolving|improv\\w*"
                    + "|worsen\\w*|progressi\\w*|decreas\\w*|increas\\w*|enlarging|interval)\\b",
            "\\d+(?:\\.\\d+)?\\s*(?:mm|cm|millimeters?|centimeters?)\\b", "\\d+(?:\\.\\d+)?\\s*x\\s*\\d",
            "\\b(?:mild|mildly|moderate|moderately|severe|severely|minimal|minor|trace|tiny)\\b",
            "\\bsmall\\b(?! bowel| intestin)", "\\blarge\\b(?! bowel| intestin)",
            "\\b(?:chronic|old|healed|remote|degenerative|sequela\\w*)\\b",
            "\\b(?:status post|s/p|postoperative|postsurgical|post-surgical|post-operative|post-procedural)\\b",
            "\\b(?:tube|catheter|pacemaker|stent|hardware|prosthesis|prosthetic|clips?|device)\\b",
            "\\b(?:likely|probable|probably|possible|possibly|may represent|questionable|equivocal|indeterminate"
                    + "|concerning|worrisome|cannot be (?:excluded|ruled out)|not (?:be )?excluded)\\b"));
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "\\b(?:recommend\\w*|follow-?up|follow up|advised|advise|suggest\\w*|consider\\w*"
                    + "|clinical(?:ly)? correlat\\w*|correlate clinically|biopsy|further evaluation)\\b");
    private static final Pattern ROUTINE_SCREENING = Pattern.compile(
            "(?=.*\\b(?:routine|annual|yearly)\\b)(?=.*\\b(?:screening|mammogra\\w*|ldct|low-dose ct)\\b)"
                    + "(?!.*\\b(?:short|diagnostic|biopsy|additional|recall|spot|magnification|ultrasound|mri)\\b)"
                    + "(?!.*\\b(?!12\\b)\\d+\\s*(?:-\\s*)?months?\\b)"
                    + "(?:recommend\\w*\\s+|recommendation\\s+|continue\\s+|return to\\s+|resume\\s+)?[a-z0-9 /-]+");
    private static final Pattern NEGATION = Pattern.compile(
            "(?:there (?:is|are|has been|have been) )?(?:no|without|negative for) .+");
    private static final Pattern NEGATION_WITH = Pattern.compile(
            "\\bwith\\b(?!\\s+(?:no|normal|intact|preserved|and without|contrast|iv contrast|intravenous contrast))");
    private static final Pattern NORMAL_LEAD = Pattern.compile(
            "(?:(?:essentially|overall|grossly|entirely|completely) )?(?:normal|unremarkable|negative)\\b[^,]*");
    private static final Pattern NORMAL_STATE = Pattern.compile(
            "[^,]+\\b(?:(?:is|are|appears?|remain) (?:(?:essentially|grossly|entirely|completely) )?"
                    + "(?:normal|unremarkable|clear|intact|negative)(?: for age)?|within normal limits)"
                    + "|within normal limits");
    private static final Pattern RADS_NORMAL = Pattern.compile("(?:bi|lung)-rads [12]");
    private static final Pattern OTHER_NORMAL = Pattern.compile("benign|non-?obstructive bowel gas pattern");

    private NormalStudyPhrases() {
    }

    /** True when {@code impression} says the study is normal and states no finding (rules in the class comment). */
    public static boolean isNormalStudy(String impression) {
        if (impression == null || impression.isBlank()) {
            return false;
        }
        String text = impression.toLowerCase(Locale.ROOT).replace('\r', '\n')
                .replaceAll("[\"\u201c\u201d\u2018\u2019`]", "");
        text = RADS.matcher(text).replaceAll("$1-rads $2");
        boolean anyNormal = false;
        for (String raw : CLAUSE_BREAK.split(text)) {
            String clause = NUMBERING.matcher(raw.strip()).replaceFirst("")
                    .replaceAll("[()\\[\\]]", " ").replaceAll("[\\s,]+$", "").replaceAll("\\s+", " ").strip();
            if (clause.isEmpty() || NUMBER_ONLY.matcher(clause).matches() || LABEL.matcher(clause).matches()) {
                continue;
            }
            if (!isNormalClause(clause)) {
                return false;
            }
            anyNormal = true;
        }
        return anyNormal;
    }

    private static boolean isNormalClause(String clause) {
        if (FINDING_MARKER.matcher(clause).find()) {
            return false;
        }
        if (ROUTINE_SCREENING.matcher(clause).matches()) {
            return true;
        }
        if (RECOMMENDATION.matcher(clause).find()) {
            return false;
        }
        if (NEGATION.matcher(clause).matches()) {
            return !NEGATION_WITH.matcher(clause).find();
        }
        return NORMAL_LEAD.matcher(clause).matches() || NORMAL_STATE.matcher(clause).matches()
                || RADS_NORMAL.matcher(clause).matches() || OTHER_NORMAL.matcher(clause).matches();
    }
}
