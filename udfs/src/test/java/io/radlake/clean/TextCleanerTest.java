package io.radlake.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private static String only(CleaningStep step, String text) {
        return new TextCleaner(CleaningOptions.only(step)).clean(text).text();
    }

    private String clean(String text) {
        return cleaner.clean(text).text();
    }

    // ----- characters ---------------------------------------------------------------------------

    @Test
    void unicodeCompatibilityFormsBecomePlain() {
        assertThat(only(CleaningStep.UNICODE_NORMALIZATION, "\uFF26\uFF29\uFF2E\uFF24\uFF29\uFF2E\uFF27\uFF33\uFF1A\u00A0\uFB01brosis\u2026"))
                .isEqualTo("FINDINGS: fibrosis...");
    }

    @Test
    void controlCharactersAreDroppedAndLineEndingsUnified() {
        assertThat(only(CleaningStep.CONTROL_CHARACTERS, "a\u0000b\u200Bc\u00ADd\uFEFF\r\ne\rf\u2028g\fh\tI"))
                .isEqualTo("abcd\ne\nf\ng\nh\tI");
    }

    @Test
    void smartQuotesDashesAndBulletsBecomeAscii() {
        assertThat(only(CleaningStep.PUNCTUATION, "\u201CMild\u201D \u2018edema\u2019, 2\u20133 cm, \u22125 HU, clear\u2014no effusion \u2022 item"))
                .isEqualTo("\"Mild\" 'edema', 2-3 cm, -5 HU, clear - no effusion - item");
    }

    // ----- whitespace and wraps -----------------------------------------------------------------

    @Test
    void whitespaceIsRepaired() {
        assertThat(only(CleaningStep.WHITESPACE, "\n\n  FINDINGS:\tLungs  clear.   \n\n\n\n\nIMPRESSION:  Normal.  \n \n"))
                .isEqualTo("FINDINGS: Lungs clear.\n\nIMPRESSION: Normal.");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String wrapped = """
                FINDINGS: The liver is normal in size and attenuation without focal
                lesion. The gallbladder is unremarkable. No biliary ductal dilatation.
                The spleen is enlarged, measuring 15.3 cm. No renal calculi or
                hydronephrosis.
                """;
        assertThat(clean(wrapped)).isEqualTo("FINDINGS: The liver is normal in size and attenuation without focal lesion. "
                + "The gallbladder is unremarkable. No biliary ductal dilatation. The spleen is enlarged, measuring "
                + "15.3 cm. No renal calculi or hydronephrosis.");
    }

    @Test
    void allCapsWrappedParagraphIsJoinedWhereTheNextWordWouldNotHaveFitted() {
        String wrapped = """
                FINDINGS: THE LIVER IS NORMAL IN SIZE AND ATTENUATION WITHOUT FOCAL LESION.
                THE GALLBLADDER IS UNREMARKABLE. NO BILIARY DUCTAL DILATATION. THE SPLEEN IS
                ENLARGED.
                """;
        assertThat(clean(wrapped)).isEqualTo("FINDINGS: THE LIVER IS NORMAL IN SIZE AND ATTENUATION WITHOUT FOCAL "
                + "LESION. THE GALLBLADDER IS UNREMARKABLE. NO BILIARY DUCTAL DILATATION. THE SPLEEN IS ENLARGED.");
    }

    @Test
    void wrapRepairKeepsHeadersListItemsLabelsAndParagraphBreaks() {
        String report = """
                CLINICAL HISTORY
                Leg pain and swelling without known
                trauma.

                FINDINGS:
                Lungs: Clear bilaterally without focal
                consolidation.
                Heart: Normal.

                IMPRESSION:
                1. No acute abnormality in the chest or
                upper abdomen.
                2. Normal heart size
                - stable nodule
                """;
        assertThat(clean(report)).isEqualTo("""
                CLINICAL HISTORY
                Leg pain and swelling without known trauma.

                FINDINGS:
                Lungs: Clear bilaterally without focal consolidation.
                Heart: Normal.

                IMPRESSION:
                1. No acute abnormality in the chest or upper abdomen.
                2. Normal heart size
                - stable nodule""");
    }

    @Test
    void shortSentencePerLineFindingsStaySeparate() {
        String report = "Findings:\nThe rotator cuff tendons are intact.\nThe glenoid labrum is intact.\n"
                + "No fracture or marrow edema. Medial subluxation of the long head biceps tendon noted.";
        assertThat(clean(report)).isEqualTo(report);
    }

    @Test
    void capitalTitleLineIsNotJoinedToMixedCaseText() {
        assertThat(clean("CT HEAD WITHOUT CONTRAST\nThe brain is normal.")).isEqualTo("CT HEAD WITHOUT CONTRAST\nThe brain is normal.");
    }

    // ----- page furniture -----------------------------------------------------------------------

    @Test
    void runningPageHeadersAndFootersAreRemoved() {
        String export = """
                ST MARY RADIOLOGY - CONFIDENTIAL
                Patient: [NAME]   MRN: [MRN]
                FINDINGS:
                The lungs are clear.
                Printed 03/04/2019 10:22
                Page 1 of 2
                \fST MARY RADIOLOGY - CONFIDENTIAL
                Patient: [NAME]   MRN: [MRN]
                IMPRESSION:
                No acute abnormality.
                Printed 03/04/2019 10:23
                Page 2 of 2
                """;
        assertThat(clean(export)).isEqualTo("FINDINGS:\nThe lungs are clear.\n\nIMPRESSION:\nNo acute abnormality.");
    }

    @Test
    void textWithoutPageBreaksKeepsRepeatedLines() {
        String report = "FINDINGS:\nNo acute fracture.\n\nIMPRESSION:\nNo acute fracture.";
        assertThat(clean(report)).isEqualTo(report);
    }

    // ----- signatures and disclaimers -----------------------------------------------------------

    @Test
    void everySignatureLayoutOfTheGeneratorIsRemoved() {
        String[] signatures = {
                "Electronically signed by: Dr. [NAME], MD on [DATE 2019-03-02]\n19:00:00",
                "Dictated by: [NAME], M.D.\nDictated: [DATE] [TIME]\nTranscribed: [DATE] [TIME]\n[NAME]/[NAME]",
                "Signed: [NAME] MD  [DATE] [TIME]",
                "Resident: Dr. [NAME]\nAttending: Dr. [NAME]\n"
                        + "I have personally reviewed the images and agree with the report above.\nSigned [DATE] [TIME]",
                "Read by: [NAME], M.D. ([DATE])",
                "[** dictated but not read **]\nSigned: [NAME] MD [DATE]",
                "SIGNED DECEMBER 13, 2013 8:56 AM",
                "D: 03/02/2019 10:15 T: 03/02/2019 11:20",
                "Dictated By: [NAME]\nTranscribed By: ab",
                "This report was electronically signed by [NAME] on [DATE].",
        };
        for (String signature : signatures) {
            assertThat(clean("IMPRESSION: Normal.\n\n" + signature + "\n\nView images: [URL]"))
                    .as(signature).isEqualTo("IMPRESSION: Normal.\n\nView images: [URL]");
        }
    }

    @Test
    void signatureRemovalStopsAtASectionHeader() {
        assertThat(clean("IMPRESSION: Normal.\nElectronically signed by [NAME]\nADDENDUM: Prior reviewed."))
                .isEqualTo("IMPRESSION: Normal.\nADDENDUM: Prior reviewed.");
    }

    @Test
    void addendumSignatureIsRemovedButTheAddendumKept() {
        assertThat(clean("*** ADDENDUM ***\nThe findings are unchanged.\nAddendum signed by Dr. [NAME] on [DATE] [TIME]"))
                .isEqualTo("*** ADDENDUM ***\nThe findings are unchanged.");
    }

    @Test
    void proseMentioningSigningIsKept() {
        String report = "FINDINGS: Consent was signed by the patient. Reviewed with the prior study.";
        assertThat(clean(report)).isEqualTo(report);
    }

    @Test
    void disclaimersAndConfidentialityNoticesAreRemoved() {
        String report = """
                IMPRESSION: Normal.

                CONFIDENTIALITY NOTICE: This document contains protected health information. If you have
                received it in error, notify the sender.

                This report was generated using voice recognition software; transcription errors may occur.

                If you have received this communication in error, please destroy it.

                Questions regarding this report: [EMAIL]
                """;
        assertThat(clean(report)).isEqualTo("IMPRESSION: Normal.\n\nQuestions regarding this report: [EMAIL]");
    }

    @Test
    void reportSentencesAboutTheReportAreKept() {
        String report = "IMPRESSION: This report supersedes the preliminary report. Normal.";
        assertThat(clean(report)).isEqualTo(report);
    }

    // ----- dictation artefacts ------------------------------------------------------------------

    @Test
    void dictationArtefactsAreRemoved() {
        assertThat(clean("FINDINGS: The thyroid gland is is normal in size. No focal focal consolidation."))
                .isEqualTo("FINDINGS: The thyroid gland is normal in size. No focal consolidation.");
        assertThat(clean("FINDINGS: Ruptured Baker cyst with fluid period No effusion period"))
                .isEqualTo("FINDINGS: Ruptured Baker cyst with fluid. No effusion.");
        assertThat(clean("FINDINGS: The lungs are clear. new paragraph No effusion."))
                .isEqualTo("FINDINGS: The lungs are clear. No effusion.");
        assertThat(clean("FINDINGS: The the the lungs are, um, clear [inaudible] and uh there is no (unintelligible) effusion."))
                .isEqualTo("FINDINGS: The lungs are, clear and there is no effusion.");
        assertThat(clean("THE SPLEEN IS ENLARGED PERIOD 4 MM STONE. NEW PARAGRAPH NO FREE FLUID."))
                .isEqualTo("THE SPLEEN IS ENLARGED. 4 MM STONE. NO FREE FLUID.");
    }

    @Test
    void doubledWordAndSpokenCommandsSplitByAWrapAreRemoved() {
        assertThat(clean("FINDINGS: The thyroid gland is\nis normal. No effusion. new\nparagraph No mass\nperiod"))
                .isEqualTo("FINDINGS: The thyroid gland is normal. No effusion. No mass.");
    }

    @Test
    void legitimateLookalikesAreKept() {
        String[] kept = {
                "FINDINGS: In the postoperative period there is no collection.",
                "FINDINGS: Fluid during this period. No change.",
                "FINDINGS: Crystals measuring 5 um are seen.",
                "FINDINGS: The patient had had surgery.",
                "FINDINGS: Period of observation ended.",
                "HISTORY\nHistory of fall.",
                "COMPARISON: CT FROM UH [DATE], UM CLINIC.",
        };
        for (String text : kept) {
            assertThat(clean(text)).as(text).isEqualTo(text);
        }
    }

    // ----- results and options ------------------------------------------------------------------

    @Test
    void changedStepsNameExactlyTheStepsThatChangedSomething() {
        CleanedText cleaned = cleaner.clean("FINDINGS: The the lungs are clear.\n\nElectronically signed by [NAME]");
        assertThat(cleaned.changedSteps()).containsExactlyInAnyOrder(CleaningStep.DICTATION_ARTEFACTS,
                CleaningStep.SIGNATURES, CleaningStep.WHITESPACE);
        assertThat(cleaned.changed(CleaningStep.LINE_WRAPS)).isFalse();
        assertThat(cleaner.clean("FINDINGS: Clear.").changedSteps()).isEmpty();
    }

    @Test
    void disabledStepsDoNotRun() {
        TextCleaner keepSignatures = new TextCleaner(CleaningOptions.defaults().without(CleaningStep.SIGNATURES));
        assertThat(keepSignatures.clean("IMPRESSION: Normal.\n\nSigned: [NAME]").text())
                .isEqualTo("IMPRESSION: Normal.\n\nSigned: [NAME]");
        assertThat(new TextCleaner(CleaningOptions.none()).clean(" a \u0000 ").text()).isEqualTo(" a \u0000 ");
    }

    @Test
    void optionsAndResultsAreImmutableCopies() {
        Set<CleaningStep> steps = EnumSet.of(CleaningStep.WHITESPACE);
        CleaningOptions options = new CleaningOptions(steps);
        steps.add(CleaningStep.SIGNATURES);
        assertThat(options.enabledSteps()).containsExactly(CleaningStep.WHITESPACE);
        assertThatThrownBy(() -> options.enabledSteps().add(CleaningStep.PUNCTUATION))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new CleaningOptions(null)).hasMessageContaining("enabledSteps must not be null");
        assertThat(CleaningOptions.defaults().enabledSteps()).containsExactlyInAnyOrder(CleaningStep.values());
    }

    @Test
    void oddInputNeverFails() {
        assertThat(cleaner.clean(null)).isEqualTo(new CleanedText(null, Set.of()));
        assertThat(clean("")).isEmpty();
        assertThat(clean(" \n\t\r\n\f ")).isEmpty();
        assertThat(clean("\uD800 lone surrogate \uDFFF")).isEqualTo("\uD800 lone surrogate \uDFFF");
        assertThat(clean("Page 1 of 2")).isEmpty();
        assertThat(clean("\f\f\f")).isEmpty();
    }

    @Test
    void hugeTextIsCleaned() {
        String paragraph = "The lungs are clear and there is no\neffusion. ";
        String huge = "FINDINGS: " + paragraph.repeat(25_000) + "\n\n" + "Line one.\n\n".repeat(25_000);
        String cleaned = clean(huge);
        assertThat(cleaned).startsWith("FINDINGS: The lungs are clear and there is no effusion. The lungs");
        // Wrapped line breaks become spaces (same length); only the trailing space and blank lines go.
        assertThat(cleaned.length()).isEqualTo(huge.length() - 3);
    }

    @Test
    void cleaningIsIdempotentOnTrickyInput() {
        String[] inputs = {
                "FINDINGS: THE LIVER IS NORMAL.\nTHE GALLBLADDER IS NORMAL. NO DILATATION OF THE DUCTS\nSEEN.\nX.",
                "CT HEAD\nNO BLEED\nthe brain is normal\nAND MORE",
                "a\n\n\nb   c\t\td\n- e\n1. f\ng h i j k l m n o p q r s t u v w x y z a b c d e f g h\nI.",
                "IMPRESSION: Normal.\nElectronically signed by [NAME]\nADDENDUM: Prior.\nPage 1 of 1",
                "the the\nthe the\nthe",
                "Fluid period\nperiod\nPeriod",
        };
        for (String input : inputs) {
            String once = clean(input);
            assertThat(clean(once)).as(input).isEqualTo(once);
        }
    }
}
