package io.radlake.infer.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.infer.Generation;
import io.radlake.infer.InferenceInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final String FINDINGS = "The lungs are clear. There is no pleural effusion.\n"
            + "A 4 mm nodule in the right upper lobe is unchanged. Heart size is normal.";

    private static String run(Baseline b, String input) {
        return b.model("No acute cardiopulmonary process.").generate(List.of(new InferenceInput("Summarize.", input)))
                .get(0).text();
    }

    @Test
    void eachBaselineWritesFromTheFindings() {
        assertThat(run(Baseline.COPY_FINDINGS, FINDINGS)).isEqualTo(FINDINGS);
        assertThat(run(Baseline.FIRST_SENTENCE, FINDINGS)).isEqualTo("The lungs are clear.");
        assertThat(run(Baseline.ABNORMAL_SENTENCES, FINDINGS))
                .isEqualTo("A 4 mm nodule in the right upper lobe is unchanged.");
        assertThat(run(Baseline.ABNORMAL_SENTENCES, "The lungs are clear. No pleural effusion."))
                .isEqualTo(Baseline.NORMAL_IMPRESSION);
        assertThat(run(Baseline.CONSTANT, FINDINGS)).isEqualTo("No acute cardiopulmonary process.");
    }

    @Test
    void contextLinesOfTheInputAreNotFindings() {
        String input = "INDICATION: Cough.\nCOMPARISON: None.\nFINDINGS: " + FINDINGS;
        assertThat(run(Baseline.COPY_FINDINGS, input)).isEqualTo(FINDINGS);
        assertThat(run(Baseline.FIRST_SENTENCE, input)).isEqualTo("The lungs are clear.");
    }

    @Test
    void tokensAreWhitespaceWords() {
        Generation g = Baseline.FIRST_SENTENCE.model(null)
                .generate(List.of(new InferenceInput("Summarize it.", FINDINGS))).get(0);
        assertThat(g.outputTokens()).isEqualTo(4);
        assertThat(g.inputTokens()).isEqualTo(2 + 24);
        assertThat(g.inputTruncated()).isFalse();
    }

    @Test
    void namesAndErrors() {
        assertThat(Baseline.of("baseline:copy-findings")).isEqualTo(Baseline.COPY_FINDINGS);
        assertThat(Baseline.of("constant").modelId()).isEqualTo("baseline:constant");
        assertThatThrownBy(() -> Baseline.of("copy"))
                .hasMessage("baseline must be one of copy-findings, first-sentence, abnormal-sentences, constant,"
                        + " got: copy");
        assertThatThrownBy(() -> Baseline.CONSTANT.model(" "))
                .hasMessageContaining("the constant baseline needs the train split's most frequent impression");
    }
}
