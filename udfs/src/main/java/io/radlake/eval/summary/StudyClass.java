package io.radlake.eval.summary;

import io.radlake.eval.slices.NormalStudyPhrases;

/**
 * The derived slice attribute {@value #ATTRIBUTE}: {@value #NORMAL} when the reference impression is a normal-study
 * phrase ({@link NormalStudyPhrases}), else {@value #ABNORMAL}. Its abnormal group is where a constant "normal"
 * baseline cannot win, so models are compared there too. It is an attribute of the same slice plan, not a separate
 * table, so its groups are suppressed together with the others and cannot be differenced against them.
 */
public final class StudyClass {
    public static final String ATTRIBUTE = "study_class";
    public static final String NORMAL = "normal";
    public static final String ABNORMAL = "abnormal";

    private StudyClass() {
    }

    public static String of(String referenceImpression) {
        return NormalStudyPhrases.isNormalStudy(referenceImpression) ? NORMAL : ABNORMAL;
    }
}
