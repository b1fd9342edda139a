package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InstructionTemplatesTest {

    private static final SourceReport CHEST_CT = new SourceReport("r_0a1b2c", "CT", "CHEST",
            "  Cough and fever.  ", "CT chest [DATE 2020-01-02].", "\n The lungs are clear. No effusion.\n",
            " No acute abnormality. ");

    private final InstructionTemplates findingsOnly = InstructionTemplates.standard(PromptOptions.defaults(42));
    private final InstructionTemplates withContext =
            InstructionTemplates.standard(PromptOptions.defaults(42).withContext(true));

    @Test
    void hasAtLeastSixDistinctPhrasingsWithUniqueIds() {
        List<InstructionTemplate> templates = InstructionTemplates.STANDARD;
        assertThat(templates).hasSizeGreaterThanOrEqualTo(6);
        assertThat(templates).extracting(InstructionTemplate::id).doesNotHaveDuplicates();
        assertThat(templates).extracting(InstructionTemplate::generic).doesNotHaveDuplicates();
        assertThat(templates).extracting(InstructionTemplate::withExam).doesNotHaveDuplicates();
    }

    @Test
    void rendersFindingsToImpression() {
        InstructionExample example = findingsOnly.render(CHEST_CT);
        InstructionTemplate template = findingsOnly.choose(ExampleKey.ofReport("r_0a1b2c"));
        assertThat(example.exampleKey()).isEqualTo("ex_0a1b2c");
        assertThat(example.templateId()).isEqualTo(template.id());
        assertThat(example.instruction()).isEqualTo(template.instruction("chest CT")).contains("chest CT");
        assertThat(example.input()).isEqualTo("The lungs are clear. No effusion.");
        assertThat(example.output()).isEqualTo("No acute abnormality.");
        assertThat(example.systemPrompt()).isEqualTo(PromptOptions.DEFAULT_SYSTEM_PROMPT);
    }

    @Test
    void contextUsesTheFixedLabelledLayout() {
        InstructionExample example = withContext.render(CHEST_CT);
        assertThat(example.input()).isEqualTo("INDICATION: Cough and fever.\nCOMPARISON: CT chest [DATE 2020-01-02]."
                + "\nFINDINGS: The lungs are clear. No effusion.");
        assertThat(example.instruction()).endsWith(" " + InstructionTemplates.CONTEXT_SENTENCE);
        assertThat(example.templateId()).as("context does not change the choice")
                .isEqualTo(findingsOnly.render(CHEST_CT).templateId());
    }

    @Test
    void contextLeavesOutMissingSectionsAndMakesNothingUp() {
        SourceReport noComparison = new SourceReport("r_0a", "CT", "CHEST", "Cough.", null, "Clear lungs.", "Normal.");
        assertThat(withContext.input(noComparison)).isEqualTo("INDICATION: Cough.\nFINDINGS: Clear lungs.");
        SourceReport noContext = new SourceReport("r_0a", "CT", "CHEST", " ", null, "Clear lungs.", "Normal.");
        assertThat(withContext.input(noContext)).isEqualTo("FINDINGS: Clear lungs.");
        assertThat(withContext.instruction(noContext, InstructionTemplates.STANDARD.get(0)))
                .doesNotContain(InstructionTemplates.CONTEXT_SENTENCE);
    }

    @Test
    void instructionsAreModalityAwareAndGenericWhenUnknown() {
        InstructionTemplate template = InstructionTemplates.STANDARD.get(0);
        assertThat(findingsOnly.instruction(report("MR", "KNEE"), template))
                .isEqualTo("Derive the impression from the findings of this knee MRI report.");
        assertThat(findingsOnly.instruction(report("CR", "CHEST"), template))
                .isEqualTo("Derive the impression from the findings of this chest radiograph report.");
        assertThat(findingsOnly.instruction(report("MG", "BREAST"), template))
                .isEqualTo("Derive the impression from the findings of this mammogram report.");
        assertThat(findingsOnly.instruction(report("US", null), template))
                .isEqualTo("Derive the impression from the findings of this ultrasound report.");
        assertThat(findingsOnly.instruction(report(null, "ABDOMEN"), template))
                .isEqualTo("Derive the impression from the findings of this abdomen imaging report.");
        assertThat(findingsOnly.instruction(report(null, null), template))
                .isEqualTo("Derive the impression from the findings of this radiology report.");
        assertThat(findingsOnly.instruction(report("ZZ", "<script>"), template))
                .as("unknown codes and odd body parts are not copied into the text")
                .isEqualTo("Derive the impression from the findings of this radiology report.");
    }

    @Test
    void everyTemplateReadsWellWithAndWithoutExam() {
        for (InstructionTemplate template : InstructionTemplates.STANDARD) {
            assertThat(template.instruction("pelvis MRI")).contains("pelvis MRI").doesNotContain("{");
            assertThat(template.instruction(null)).isEqualTo(template.generic());
        }
    }

    @Test
    void choiceIsDeterministicUsesEveryTemplateAndDependsOnTheSeed() {
        Map<String, Integer> uses = new TreeMap<>();
        int changedBySeed = 0;
        InstructionTemplates otherSeed = InstructionTemplates.standard(PromptOptions.defaults(43));
        InstructionTemplates sameSeedAgain = InstructionTemplates.standard(PromptOptions.defaults(42));
        for (int i = 0; i < 4000; i++) {
            ExampleKey key = ExampleKey.ofReport("r_" + Integer.toHexString(i));
            String id = findingsOnly.choose(key).id();
            uses.merge(id, 1, Integer::sum);
            assertThat(sameSeedAgain.choose(key).id()).isEqualTo(id);
            changedBySeed += otherSeed.choose(key).id().equals(id) ? 0 : 1;
        }
        assertThat(uses).hasSize(InstructionTemplates.STANDARD.size());
        // 4000 / 8 = 500 expected per template; +-100 is over 4 standard deviations.
        assertThat(uses.values()).allSatisfy(count -> assertThat(count).isBetween(400, 600));
        // A different seed keeps a template with probability 1/8: about 3500 of 4000 change.
        assertThat(changedBySeed).isBetween(3300, 3700);
    }

    @Test
    void pinsTheChoiceForAKnownKey() {
        // index = unsigned(-3743850353929870732) mod 8 (see StableHashTest) = 4 -> t05
        InstructionTemplates seven = InstructionTemplates.standard(PromptOptions.defaults(7));
        assertThat(seven.choose(new ExampleKey("ex_abc123")).id()).isEqualTo("t05");
    }

    @Test
    void refusesReportsTheFilterShouldHaveDropped() {
        assertThatThrownBy(() -> findingsOnly.render(new SourceReport("r_01", "CT", null, null, null, " ", "x")))
                .hasMessage("a report without findings cannot be rendered (filter it first)");
        assertThatThrownBy(() -> findingsOnly.render(new SourceReport("r_01", "CT", null, null, null, "y", null)))
                .hasMessage("a report without impression cannot be rendered (filter it first)");
    }

    @Test
    void validatesTemplates() {
        assertThatThrownBy(() -> new InstructionTemplate("t1", "no placeholder", "generic"))
                .hasMessage("template t1: withExam must contain {exam} exactly once");
        assertThatThrownBy(() -> new InstructionTemplate("T 1", "{exam}", "generic"))
                .hasMessageStartingWith("template id must be 1-32 of a-z");
        InstructionTemplate one = new InstructionTemplate("a", "this {exam} report", "this report");
        assertThatThrownBy(() -> new InstructionTemplates(List.of(one, one), PromptOptions.defaults(1)))
                .hasMessage("template ids must be unique, repeated: a");
        assertThatThrownBy(() -> new InstructionTemplates(List.of(), PromptOptions.defaults(1)))
                .hasMessage("at least one instruction template is needed");
        assertThatThrownBy(() -> new PromptOptions(1, false, null))
                .hasMessage("systemPrompt must not be null (use \"\" for no system prompt)");
    }

    @Test
    void isSerializableForSpark() throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(withContext);
            out.writeObject(withContext.render(CHEST_CT));
            out.writeObject(ExampleFilter.defaults());
            out.writeObject(new PatientSplitter(1, SplitFractions.defaults()));
        }
    }

    private static SourceReport report(String modality, String bodyPart) {
        return new SourceReport("r_01", modality, bodyPart, null, null, "Findings.", "Impression.");
    }
}
