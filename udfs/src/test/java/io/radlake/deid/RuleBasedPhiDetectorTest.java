package io.radlake.deid;

import io.radlake.phi.PhiCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Each category in several formats, with the span conventions of {@link PhiCategory}. */
class RuleBasedPhiDetectorTest {

    private static final RuleBasedPhiDetector DETECTOR = RuleBasedPhiDetector.standard();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NAME | Electronically signed by: Dr. Jane Q. Smith, MD on 01/02/2023 | Jane Q. Smith
            NAME | PATIENT: SMITH, JANE    MRN: 12345678 | SMITH, JANE
            NAME | Ref: Roberts, Seán MD | Roberts, Seán
            NAME | Signed: St. Clair, Tunde C. MD  3/9/16 2325 hours | St. Clair, Tunde C.
            NAME | Read by: A. Rahman, M.D. (18 Jan 2021) | A. Rahman
            NAME | Findings d/w Dr. Okonkwo at 3:15 pm. | Okonkwo
            NAME | Findings communicated to Nancy Kim, RN at 1422 hours. | Nancy Kim
            NAME | Discussed with Sarah Whitfield, NP, who acknowledged receipt. | Sarah Whitfield
            NAME | MR. LINDQVIST IS A 96 Y/O MALE. | LINDQVIST
            NAME | Spoke with the patient's daughter, Maria Gonzalez, by phone. | Maria Gonzalez
            NAME | Technologist: J. Smith, RT(R). | J. Smith
            NAME | Attending: Dr. Ximena L. Van Dyke | Ximena L. Van Dyke
            NAME | Patient Name: Sandra J. de Vries    Med Rec #: 97017378 | Sandra J. de Vries
            DATE | Exam Date: 03/14/2021 | 03/14/2021
            DATE | Comparison: 3/14/21. | 3/14/21
            DATE | Comparison: CT dated 2021-03-14. | 2021-03-14
            DATE | Seen on March 14, 2021 at noon. | March 14, 2021
            DATE | Report date 14 Mar 2021. | 14 Mar 2021
            DATE | Prior: Mar. 14th 2021 | Mar. 14th 2021
            DATE | DOS: 14-MAR-2021 | 14-MAR-2021
            DATE | Accessioned 20210314 in the RIS. | 20210314
            DATE | Date: 03.14.2021 | 03.14.2021
            DATE | Seen on the 14th of March 2021. | 14th of March 2021
            DATE | Follow-up in May 2022 is advised. | May 2022
            DATE | Stable since 03/2019. | 03/2019
            DATE | Compared with the study from 3/14. | 3/14
            TIME | Signed 3/9/16 10:22 AM | 10:22 AM
            TIME | called at 1422 hours | 1422
            TIME | at 10:22 a.m. on | 10:22 a.m.
            TIME | Transcribed 13:04:00 | 13:04:00
            TIME | Read at 9pm. | 9pm
            AGE | 92-year-old woman with cough. | 92
            AGE | Age 94. | 94
            AGE | 94 yo F with fall. | 94
            AGE | 94F with chest pain. | 94
            AGE | Age/Sex: 97Y M | 97
            AGE | MR. X IS A 101 Y/O MALE. | 101
            MRN | MRN: 59560442 | 59560442
            MRN | MR#: 10218225 | 10218225
            MRN | Medical Record Number: 00482913 | 00482913
            MRN | Med Rec #: E1234567 | E1234567
            ACCESSION | Accession #: ACC-2012-25463274 | ACC-2012-25463274
            ACCESSION | ACC: 88123456 | 88123456
            ACCESSION | Study ACC-ED21-99528811 reviewed. | ACC-ED21-99528811
            SSN | SSN: 123-45-6789 | 123-45-6789
            SSN | Social Security No.: 123456789 | 123456789
            SSN | ID 987-65-4321 on file | 987-65-4321
            OTHER_ID | Member ID: XJH442019931 | XJH442019931
            OTHER_ID | Acct #: 55120931 | 55120931
            OTHER_ID | Encounter: E882193 | E882193
            OTHER_ID | Order # 4471192 | 4471192
            OTHER_ID | Visit ID: A275227845 | A275227845
            OTHER_ID | Ref #: 99812 | 99812
            PHONE | Call (217) 555-0143 with questions. | (217) 555-0143
            PHONE | Reading room: 217-555-0143 | 217-555-0143
            PHONE | Tel 217.555.0143 | 217.555.0143
            PHONE | Phone: +1 217 555 0143 | +1 217 555 0143
            PHONE | Dr. Mensah called him at 2086766987 at 1357 hours. | 2086766987
            PHONE | Pager 5-1234 | 5-1234
            FAX | Phone: 951-555-0121   Fax: 951-555-0122 | 951-555-0122
            FAX | cc: Dr. Shah, fax +1 208 555 0161 | +1 208 555 0161
            FAX | via fax to 951.812.8387 | 951.812.8387
            EMAIL | Questions: radiology@stmarys-health.org | radiology@stmarys-health.org
            EMAIL | Email jsmith@mgh.harvard.edu today. | jsmith@mgh.harvard.edu
            URL | See https://portal.example.org/results?id=42. | https://portal.example.org/results?id=42
            URL | Images at www.summitvalleymc.org/radiology/results | www.summitvalleymc.org/radiology/results
            IP_ADDRESS | Sent from PACS node 10.110.215.234 | 10.110.215.234
            STREET_ADDRESS | Address: 14 Elm Street, Apt 3B, Worcester, MA 01605 | 14 Elm Street, Apt 3B
            STREET_ADDRESS | 1200 N. Walnut Street, Springfield, IL 62702 | 1200 N. Walnut Street
            STREET_ADDRESS | 4568 Lakeshore Road # 24D, Ann Arbor, Michigan 48178 | 4568 Lakeshore Road # 24D
            CITY | 14 Elm Street, Worcester, MA 01605 | Worcester
            CITY | 4568 Lakeshore Road, Ann Arbor, Michigan 48178 | Ann Arbor
            CITY | Seen in Yakima, WA last year. | Yakima
            STATE | 14 Elm Street, Worcester, MA 01605 | MA
            STATE | 4568 Lakeshore Road, Ann Arbor, Michigan 48178 | Michigan
            ZIP | 14 Elm Street, Worcester, MA 01605-2231 | 01605-2231
            ZIP | Zip: 62702 | 62702
            INSTITUTION | Transferred from Massachusetts General Hospital today. | Massachusetts General Hospital
            INSTITUTION | CT from Our Lady of Lourdes Hospital dated 5/1/2020. | Our Lady of Lourdes Hospital
            INSTITUTION | Outside films from Mass General reviewed. | Mass General
            INSTITUTION | Department of Radiology | Department of Radiology
            INSTITUTION | Exam performed at St. Elizabeth's Medical Center, Boston. | St. Elizabeth's Medical Center
            INSTITUTION | Prior MRI from Mayo Clinic Rochester. | Mayo Clinic Rochester
            DEVICE_SERIAL | Performed on Philips Ingenia 3.0T (S/N PHM123456). | PHM123456
            DEVICE_SERIAL | Scanner: GE LightSpeed VCT SN: GECT943512. | GECT943512
            DEVICE_SERIAL | Pacemaker serial number PM-88231A. | PM-88231A
            """)
    void findsEachCategoryInItsFormats(PhiCategory category, String text, String value) {
        int start = text.indexOf(value);
        assertThat(start).as("fixture value inside fixture text").isGreaterThanOrEqualTo(0);
        assertThat(DETECTOR.detect(text))
                .as("findings in: %s", text)
                .contains(new PhiFinding(category, start, start + value.length(), ruleOf(text, category, start)));
    }

    @Test
    void dictationInitialsAreTwoNames() {
        String text = "Transcribed: 05-NOV-2017 1403 hours\nMGT/ch\n";
        List<PhiFinding> findings = DETECTOR.detect(text);
        assertThat(findings).filteredOn(f -> f.category() == NAME).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("MGT", "ch");
    }

    @Test
    void aSurnameFoundInContextIsRedactedEverywhere() {
        String text = "Mr. Okafor is a 67-year-old man. Okafor reports pain.\nJBA/mr\n\nQuestions: call us.";
        assertThat(DETECTOR.detect(text)).filteredOn(f -> f.category() == NAME)
                .extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("Okafor", "Okafor", "JBA", "mr");
    }

        @Test
    void agesUpToEightyNineAreNotPhi() {
        assertThat(DETECTOR.detect("89-year-old man. Age 45. 72 yo F. 34Y M.")).isEmpty();
    }

    @Test
    void ruleNamesAreShortAndStable() {
        String text = "Electronically signed by: Dr. Jane Q. Smith, MD on March 14, 2021 10:22 AM";
        assertThat(DETECTOR.detect(text)).extracting(PhiFinding::rule)
                .containsExactly("name.after-title", "date.month-name", "time.clock");
    }

    @Test
    void clinicalTextWithoutIdentifiersHasNoFindings() {
        String text = """
                FINDINGS: The lungs are clear. No pleural effusion or pneumothorax. Normal heart size.
                Superior endplate compression deformity of L1. Mobile echogenic focus in the gallbladder.
                IMPRESSION: 1. No acute cardiopulmonary abnormality. 2. BI-RADS 2: benign findings.
                DLP: 397 mGy-cm. 2.9 cm abscess at the 9 o'clock position. T2 hypointense 17 mm lesion.
                """;
        assertThat(DETECTOR.detect(text)).isEmpty();
    }

    @Test
    void emptyTextHasNoFindings() {
        assertThat(DETECTOR.detect("")).isEmpty();
    }

    @Test
    void detectorIsSharedAcrossThreads() throws InterruptedException {
        String text = "Signed: Smith, Jane Q. MD  01/02/2023 10:22 AM  MRN: 59560442";
        List<PhiFinding> expected = DETECTOR.detect(text);
        List<List<PhiFinding>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    seen.add(DETECTOR.detect(text));
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(800).allSatisfy(findings -> assertThat(findings).isEqualTo(expected));
    }

    /** The rule of the finding at {@code start}, so the parameterised test compares spans and categories. */
    private static String ruleOf(String text, PhiCategory category, int start) {
        return DETECTOR.detect(text).stream().filter(f -> f.start() == start && f.category() == category)
                .map(PhiFinding::rule).findFirst().orElse("<none>");
    }
}
