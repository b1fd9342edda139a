package io.radlake.deid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules added for text the synthetic generator does not write: fixed-width headers, bare ids, signatures,
 * unlabelled times, suffix-less streets, and the clinical look-alikes they must leave alone. Invented text only.
 */
class GeneralisationRulesTest {

    private static final RuleBasedPhiDetector DETECTOR = RuleBasedPhiDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MED REC NO.......: 000912345 | 000912345
            ACCESSION NO.....: 21-MR-0042211 | 21-MR-0042211
            AGE/SEX..........: 96/F | 96
            RPT #: RAD0012345678 | RAD0012345678
            PT: DOE, JOHN    UNIT#: M000123456 | M000123456
            Referring: Dana Quill, MD   NPI 1234567893 | 1234567893
            Device lot 22H0917Q. | 22H0917Q
            Study on Tibor Ornelas (QZX00123456) today. | QZX00123456
            EXAM DATE: 01/21/2023    TIME: 1923 | 1923
            EXAM DATE/TIME...: 20221103 1417 | 1417
            SIGNED: ZORA QUELL M.D.  01/21/2023 2010 | 2010
            Sent: Friday, March 24, 2023 7:45 AM | Friday, March 24, 2023
            Baseline LVEF Feb-2023 was 61%. | Feb-2023
            Memorial Clinic, 900 Harbor Ave NE, Olympia, WA 98506 | 900 Harbor Ave NE
            Lakeside Imaging\\n3300 El Camino Real, Building B\\nPalo Alto, CA 94306 | 3300 El Camino Real, Building B
            *** NORTHFIELD VALLEY MEMORIAL HOSPITAL *** | NORTHFIELD VALLEY MEMORIAL HOSPITAL
            Pt: QUILLER, Maria de los Angeles  DOB 08-03-1979 | QUILLER, Maria de los Angeles
            PATIENT NAME.....: ORNELAS, TIBOR N | ORNELAS, TIBOR N
            PATIENT: de la Vega, Esteban    DOB: 06/06/1958 | de la Vega, Esteban
            Patient: Vo, Thi Kim Quyen    DOB: 1992-12-01 | Vo, Thi Kim Quyen
            Name: Guadalupe "Lupe" Ornelas    DOB: 01/01/1959 | Guadalupe "Lupe" Ornelas
            Patient Tibor Quillane / MRN QA-298044 | Tibor Quillane
            Called to ordering office (Zora Quillane, MA) at 3:10 PM. | Zora Quillane
            From: Zora Quillane <zq@example.org> | Zora Quillane
            Tibor Quillane, 22M, baseball pitcher. | Tibor Quillane
            Bibasilar atelectasis.\\n3/20/23 0450 T. Quillane | T. Quillane
            Impression: Normal chest radiograph.\\nQuillane | Quillane
            Impression: Normal chest radiograph.\\nF. Ornelas-Quill | F. Ornelas-Quill
            Old R cerebellar lacune.\\n-ZQM | ZQM
            Transcribed: 01/09/2022 ZQ/dkr | dkr
            """)
    void redacts(String text, String value) {
        String unescaped = text.replace("\\n", "\n");
        int start = unescaped.indexOf(value);
        assertThat(start).as("fixture value inside fixture text").isGreaterThanOrEqualTo(0);
        assertThat(covered(unescaped, DETECTOR.detect(unescaped), start, start + value.length()))
                .as("every character of the value is redacted").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rest: 10.2 mCi Tc-99m sestamibi. Stress images at 3 hours.",
        "Ultrasound: Right breast 9:00, 5 cm from the nipple: 1.6 x 0.9 cm oval mass.",
        "Known malignancy in the left breast at 2:00, 2.4 cm irregular mass.",
        "Two new lesions oriented perpendicular to the ventricles (Dawson fingers).",
        "No follow-up required per SRU consensus. Screening not needed per USPSTF.",
        "Accessed with a 20-gauge Huber needle. A 5 FRENCH CATHETER WAS ADVANCED.",
        "Post-operative day 5 Ivor Lewis esophagectomy. Rutherford 5 ischemia.",
        "Specimens to cytology (Bethesda category to follow).",
        "Closing pressure 16 cm H2O. Samples to the lab.",
        "Assisting RN: present for the procedure.",
        "PET center: open weekdays. IR clinic will call. Dynamic imaging 60 minutes."
    })
    void leavesClinicalLookAlikes(String text) {
        assertThat(DETECTOR.detect(text)).isEmpty();
    }

    private static boolean covered(String text, List<PhiFinding> findings, int start, int end) {
        for (int i = start; i < end; i++) {
            boolean inFinding = Character.isWhitespace(text.charAt(i));
            for (PhiFinding finding : findings) {
                inFinding |= finding.start() <= i && i < finding.end();
            }
            if (!inFinding) {
                return false;
            }
        }
        return true;
    }
}
