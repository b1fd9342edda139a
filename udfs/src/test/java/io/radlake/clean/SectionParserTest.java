package io.radlake.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SectionParserTest {

    private final SectionParser parser = new SectionParser();

    static Stream<Arguments> headerVariants() {
        Function<ReportSections, String> indication = ReportSections::indication;
        Function<ReportSections, String> technique = ReportSections::technique;
        Function<ReportSections, String> comparison = ReportSections::comparison;
        Function<ReportSections, String> findings = ReportSections::findings;
        Function<ReportSections, String> impression = ReportSections::impression;
        Function<ReportSections, String> addendum = ReportSections::addendum;
        return Stream.of(
                Arguments.of("INDICATION", indication), Arguments.of("Indication", indication),
                Arguments.of("HISTORY", indication), Arguments.of("CLINICAL HISTORY", indication),
                Arguments.of("Clinical history", indication), Arguments.of("CLINICAL INFO", indication),
                Arguments.of("Clinical Information", indication), Arguments.of("REASON FOR EXAM", indication),
                Arguments.of("Reason for Exam", indication), Arguments.of("CLINICAL INDICATION", indication),
                Arguments.of("TECHNIQUE", technique), Arguments.of("Technique", technique),
                Arguments.of("PROTOCOL", technique), Arguments.of("PROCEDURE DETAILS", technique),
                Arguments.of("EXAM TECHNIQUE", technique),
                Arguments.of("COMPARISON", comparison), Arguments.of("Comparisons", comparison),
                Arguments.of("PRIOR", comparison), Arguments.of("PRIORS", comparison),
                Arguments.of("PRIOR STUDIES", comparison), Arguments.of("Prior exam", comparison),
                Arguments.of("FINDINGS", findings), Arguments.of("Findings", findings),
                Arguments.of("FINDINGS/DISCUSSION", findings), Arguments.of("REPORT", findings),
                Arguments.of("DESCRIPTION", findings),
                Arguments.of("IMPRESSION", impression), Arguments.of("Impression", impression),
                Arguments.of("CONCLUSION", impression), Arguments.of("Conclusions", impression),
                Arguments.of("SUMMARY", impression), Arguments.of("OPINION", impression),
                Arguments.of("ASSESSMENT", impression), Arguments.of("IMPRESSION/RECOMMENDATION", impression),
                Arguments.of("ADDENDUM", addendum), Arguments.of("Addendum", addendum));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerVariants")
    void everyHeaderVariantIsFoundInlineOnItsOwnLineAndWithoutColon(String label, Function<ReportSections, String> section) {
        String body = "Alpha beta gamma.";
        String[] layouts = {
                label + ": " + body,
                label + ":\n" + body,
                label + "\n" + body,
                "  " + label + " :  " + body + "  ",
        };
        for (String layout : layouts) {
            String report = "EXAM: CT HEAD\n\n" + layout + "\n\nELECTRONICALLY SIGNED BY [NAME]";
            assertThat(section.apply(parser.parse(report))).as(layout).isEqualTo(body);
        }
    }

    @Test
    void allSectionsOfATypicalReport() {
        ReportSections sections = parser.parse("""
                [INSTITUTION]
                EXAM: CT ABDOMEN AND PELVIS WITH CONTRAST  DATE: [DATE 2019-03-02]

                CLINICAL HISTORY: Abdominal pain.

                TECHNIQUE: Axial images with contrast.

                COMPARISON: CT [DATE 2018-01-01].

                FINDINGS:
                LIVER: Normal.
                KIDNEYS: No hydronephrosis.

                IMPRESSION:
                1. No acute abnormality.
                2. Normal kidneys.

                Electronically signed by: Dr. [NAME], MD on [DATE 2019-03-02]
                """);
        assertThat(sections).isEqualTo(new ReportSections("Abdominal pain.", "Axial images with contrast.",
                "CT [DATE 2018-01-01].", "LIVER: Normal.\nKIDNEYS: No hydronephrosis.",
                "1. No acute abnormality.\n2. Normal kidneys.", null, false));
    }

    @Test
    void sectionOrderDoesNotMatter() {
        String indication = "HISTORY: Cough.";
        String technique = "TECHNIQUE: PA and lateral.";
        String comparison = "COMPARISON: None.";
        String findings = "FINDINGS: Lungs clear.";
        String impression = "IMPRESSION: Normal chest.";
        String[][] orders = {
                {impression, findings, comparison, technique, indication},
                {comparison, indication, findings, technique, impression},
                {technique, impression, indication, comparison, findings},
        };
        for (String[] order : orders) {
            ReportSections sections = parser.parse(String.join("\n\n", order));
            assertThat(sections).as(String.join(" | ", order))
                    .isEqualTo(new ReportSections("Cough.", "PA and lateral.", "None.", "Lungs clear.", "Normal chest.",
                            null, false));
        }
    }

    @Test
    void sectionsWithoutBlankLinesBetweenThem() {
        ReportSections sections = parser.parse("Indication: Pain\nFindings: Normal knee.\nImpression: Normal.");
        assertThat(sections.indication()).isEqualTo("Pain");
        assertThat(sections.findings()).isEqualTo("Normal knee.");
        assertThat(sections.impression()).isEqualTo("Normal.");
    }

    @Test
    void headersInsideOneLineAfterASentenceEnd() {
        ReportSections sections = parser.parse(
                "EXAM: CXR. HISTORY: Cough. FINDINGS: Lungs are clear. IMPRESSION: Normal chest.");
        assertThat(sections.indication()).isEqualTo("Cough.");
        assertThat(sections.findings()).isEqualTo("Lungs are clear.");
        assertThat(sections.impression()).isEqualTo("Normal chest.");
    }

    @Test
    void combinedLabelsTakeTheFirstLabelsSection() {
        ReportSections sections = parser.parse("CLINICAL HISTORY/INDICATION: Pain.\nFindings and Impression: Normal.");
        assertThat(sections.indication()).isEqualTo("Pain.");
        assertThat(sections.findings()).isEqualTo("Normal.");
    }

    @Test
    void numberedImpressionOnFollowingLinesKeepsItsMarkers() {
        ReportSections sections = parser.parse("FINDINGS: See below.\n\nIMPRESSION:\n1. Fracture.\n  2.   Effusion.\n3) Edema.");
        assertThat(sections.impression()).isEqualTo("1. Fracture.\n2. Effusion.\n3) Edema.");
    }

    @Test
    void numberedImpressionStartingOnTheHeaderLine() {
        ReportSections sections = parser.parse("FINDINGS: See below.\nIMPRESSION: 1. Fracture. 2. Effusion.");
        assertThat(sections.impression()).isEqualTo("1. Fracture. 2. Effusion.");
    }

    @Test
    void multiParagraphSectionsKeepEveryParagraph() {
        ReportSections sections = parser.parse("FINDINGS:\nLungs clear.\n\nHeart normal.\n\nIMPRESSION:\nNormal.\n\nNo change.");
        assertThat(sections.findings()).isEqualTo("Lungs clear.\nHeart normal.");
        assertThat(sections.impression()).isEqualTo("Normal.\nNo change.");
    }

    @Test
    void addendumAfterTheSignatureAndItsOwnSignature() {
        ReportSections sections = parser.parse("""
                FINDINGS: Normal.
                IMPRESSION: Normal.

                Electronically signed by [NAME] on [DATE]

                *** ADDENDUM ***
                The findings were discussed with Dr. [NAME] on [DATE] at [TIME].
                Addendum signed by Dr. [NAME] on [DATE]
                ADDENDUM #2: Outside study reviewed, unchanged.
                """);
        assertThat(sections.impression()).isEqualTo("Normal.");
        assertThat(sections.addendum()).isEqualTo(
                "The findings were discussed with Dr. [NAME] on [DATE] at [TIME].\nOutside study reviewed, unchanged.");
    }

    @Test
    void missingSectionsAreNull() {
        ReportSections sections = parser.parse("FINDINGS: Normal.\n\nIMPRESSION: Normal.");
        assertThat(sections.indication()).isNull();
        assertThat(sections.technique()).isNull();
        assertThat(sections.comparison()).isNull();
        assertThat(sections.addendum()).isNull();
        assertThat(parser.parse("COMPARISON:\nTECHNIQUE: Axial.").comparison()).as("header without text").isNull();
    }

    @Test
    void allCapsReport() {
        ReportSections sections = parser.parse("""
                EXAMINATION: CT BRAIN WO CONTRAST

                REASON FOR EXAM: 30 YO FEMALE WITH FALL.

                COMPARISON: NONE.

                FINDINGS: NO HEMORRHAGE. NO MASS EFFECT.

                IMPRESSION:
                1. NO ACUTE INTRACRANIAL ABNORMALITY.

                FINDINGS COMMUNICATED TO [NAME], RN AT [TIME] HRS ON [DATE].

                [** DICTATED BUT NOT READ **]
                SIGNED: [NAME] MD  [DATE] [TIME]
                """);
        assertThat(sections.indication()).isEqualTo("30 YO FEMALE WITH FALL.");
        assertThat(sections.technique()).as("EXAMINATION stands in for a missing technique")
                .isEqualTo("CT BRAIN WO CONTRAST");
        assertThat(sections.findings()).isEqualTo("NO HEMORRHAGE. NO MASS EFFECT.");
        assertThat(sections.impression()).isEqualTo("1. NO ACUTE INTRACRANIAL ABNORMALITY.");
    }

    @Test
    void examAndProcedureLinesYieldToARealTechniqueHeader() {
        ReportSections sections = parser.parse(
                "PROCEDURE: CT CHEST\n\nTECHNIQUE: Helical CT with contrast.\n\nFINDINGS: Normal.\n\nIMPRESSION: Normal.");
        assertThat(sections.technique()).isEqualTo("Helical CT with contrast.");
    }

    @Test
    void unknownHeadersEndThePreviousSection() {
        ReportSections sections = parser.parse("""
                IMPRESSION: No acute abnormality.
                RECOMMENDATION: Follow-up in 6 months.
                COMPARISON: None.
                DATE: [DATE 2019-03-02]
                FINDINGS: Normal.
                EXAM: CT HEAD
                """);
        assertThat(sections.impression()).isEqualTo("No acute abnormality.");
        assertThat(sections.comparison()).isEqualTo("None.");
        assertThat(sections.findings()).isEqualTo("Normal.");
    }

    @Test
    void organLabelsAndAFindingsSubLabelStayInsideFindings() {
        ReportSections sections = parser.parse("""
                FINDINGS:
                BREAST DENSITY: Scattered fibroglandular density.
                FINDINGS: No suspicious mass.
                Heart and Mediastinum: Normal.

                IMPRESSION: BI-RADS 1.
                """);
        assertThat(sections.findings()).isEqualTo(
                "BREAST DENSITY: Scattered fibroglandular density.\nNo suspicious mass.\nHeart and Mediastinum: Normal.");
    }

    @Test
    void proseThatStartsWithALabelWordIsNotAHeader() {
        ReportSections sections = parser.parse("""
                FINDINGS:
                History of prior surgery is noted.
                Comparison with the outside study shows no change.
                Report of the prior is not available.

                IMPRESSION: Stable.
                """);
        assertThat(sections.findings()).isEqualTo("History of prior surgery is noted.\n"
                + "Comparison with the outside study shows no change.\nReport of the prior is not available.");
        assertThat(sections.indication()).isNull();
        assertThat(sections.comparison()).isNull();
    }

    @Test
    void lowerCaseLabelIsNotAHeader() {
        ReportSections sections = parser.parse("FINDINGS:\nthe lungs are clear\nimpression: none\n\nIMPRESSION: Clear.");
        assertThat(sections.findings()).isEqualTo("the lungs are clear\nimpression: none");
    }

    @Test
    void findingsInferredFromTheBodyBeforeTheImpressionWhenThereIsNoFindingsHeader() {
        ReportSections sections = parser.parse("""
                EXAM: CT HEAD WITHOUT CONTRAST
                DATE: [DATE 2019-03-02]

                CLINICAL HISTORY: Fall.

                TECHNIQUE: Axial images.

                The brain parenchyma is normal. No hemorrhage.

                No fracture.

                IMPRESSION:
                1. No acute intracranial abnormality.

                Electronically signed by [NAME] on [DATE 2019-03-02]
                """);
        assertThat(sections.indication()).isEqualTo("Fall.");
        assertThat(sections.technique()).isEqualTo("Axial images.");
        assertThat(sections.findings()).isEqualTo("The brain parenchyma is normal. No hemorrhage.\nNo fracture.");
        assertThat(sections.findingsInferred()).isTrue();
        assertThat(sections.impression()).isEqualTo("1. No acute intracranial abnormality.");
    }

    @Test
    void findingsInferredWhenTheImpressionIsTheOnlyHeader() {
        assertThat(parser.parse("CHEST PA AND LATERAL\n\nThe lungs are clear.\n\nIMPRESSION: Normal.").findings())
                .isEqualTo("The lungs are clear.");
        assertThat(parser.parse("The lungs are clear.\nIMPRESSION: Normal.").findings())
                .isEqualTo("The lungs are clear.");
    }

    @Test
    void noFindingsInferredWithoutAnImpression() {
        ReportSections sections = parser.parse("HISTORY: Cough.\n\nThe lungs are clear.");
        assertThat(sections.findings()).isNull();
        assertThat(sections.findingsInferred()).isFalse();
        assertThat(sections.indication()).isEqualTo("Cough.\nThe lungs are clear.");
    }

    @Test
    void communicationsAndFootersDoNotJoinTheImpression() {
        ReportSections sections = parser.parse("""
                IMPRESSION: Large pneumothorax.
                Critical result discussed with Dr. [NAME] by telephone at [TIME].
                Dr. [NAME] called [NAME] at [PHONE].

                cc: Dr. [NAME]
                Images available at: [URL]
                """);
        assertThat(sections.impression()).isEqualTo("Large pneumothorax.");
    }

    @Test
    void oddInputNeverFails() {
        assertThat(parser.parse(null)).isEqualTo(ReportSections.empty());
        assertThat(parser.parse("")).isEqualTo(ReportSections.empty());
        assertThat(parser.parse(" \n\t\r\n ")).isEqualTo(ReportSections.empty());
        assertThat(parser.parse("Just some text without any headers.")).isEqualTo(ReportSections.empty());
        assertThat(parser.parse("IMPRESSION:")).isEqualTo(ReportSections.empty());
        assertThat(parser.parse("\u0000\uFFFF\uD800 FINDINGS: x").findings()).isNull();
        assertThat(parser.parse("FINDINGS:\r\nNormal.\rIMPRESSION: Normal.\u2028").impression()).isEqualTo("Normal.");
    }

    @Test
    void hugeTextIsParsed() {
        String sentence = "The lungs are clear and there is no effusion. ";
        String findings = sentence.repeat(50_000); // 2.3 MB on one line
        ReportSections sections = parser.parse("FINDINGS: " + findings + "\nIMPRESSION: Normal.\n"
                + "Line of text.\n".repeat(25_000));
        assertThat(sections.findings().length()).isEqualTo(findings.length() - 1);
        assertThat(sections.impression()).startsWith("Normal.\nLine of text.");
    }
}
