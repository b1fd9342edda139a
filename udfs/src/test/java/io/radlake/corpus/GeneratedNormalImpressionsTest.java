package io.radlake.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.eval.slices.NormalStudyPhrases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The synthetic corpus's normal impressions are normal-study phrases for the abnormal-only slice. */
class GeneratedNormalImpressionsTest {

    /** Listed by the generator as a normal impression but states a finding; deliberately abnormal. */
    private static final Set<String> STATES_A_FINDING = Set.of("Mild degenerative changes without neural impingement.");

    @Test
    void everyGeneratedNormalImpressionIsANormalStudyPhrase() {
        List<String> normals = new ArrayList<>();
        for (ExamType exam : ClinicalLibrary.ALL) {
            normals.addAll(exam.normalImpressions());
        }
        assertThat(normals).hasSizeGreaterThan(30).containsAll(STATES_A_FINDING);
        for (String normal : normals) {
            boolean expected = !STATES_A_FINDING.contains(normal);
            // The composer numbers a lone normal impression "1. " now and then.
            assertThat(NormalStudyPhrases.isNormalStudy(normal)).as(normal).isEqualTo(expected);
            assertThat(NormalStudyPhrases.isNormalStudy("1. " + normal)).as("1. " + normal).isEqualTo(expected);
        }
    }

    @Test
    void generatedFindingImpressionsAreNotNormalStudyPhrases() {
        int checked = 0;
        for (ExamType exam : ClinicalLibrary.ALL) {
            for (ExamType.Finding finding : exam.findings()) {
                String impression = finding.impression().toString().replaceAll("\\{[A-Za-z0-9_]+}", "left");
                assertThat(NormalStudyPhrases.isNormalStudy(impression)).as(impression).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }
}
