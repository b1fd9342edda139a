package io.radlake.deid;

import io.radlake.deid.detect.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Clinical words that look like names or places are never redacted by dictionary alone. */
class AllowListTest {

    private static final RuleBasedPhiDetector DETECTOR = RuleBasedPhiDetector.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "History of Parkinson disease and Hodgkin lymphoma.",
        "Wilms tumor in childhood; Crohn disease with perianal fistula.",
        "Alzheimer disease. Graves disease. Paget disease of the pelvis.",
        "Small Baker cyst. Hill-Sachs lesion and Bankart lesion.",
        "Morgagni hernia. Bochdalek hernia. Schmorl node at L2.",
        "Kerley B lines. Virchow node. Chiari I malformation. Dandy-Walker variant.",
        "Barrett esophagus. Meckel diverticulum. Bosniak IIF cyst. BI-RADS 4.",
        "Per Fleischner Society guidelines. Lisfranc injury. Colles fracture. Monteggia fracture.",
        "Osgood-Schlatter disease. Legg-Calve-Perthes disease. Klatskin tumor. Pancoast tumor. Ewing sarcoma.",
        "Positive sonographic Murphy sign. Foley catheter in the bladder. Circle of Willis is patent.",
        "Smith fracture of the distal radius. Jones fracture. Salter-Harris II fracture.",
        "Mass effect on the lateral ventricle. A mass in the right upper lobe.",
        "HISTORY OF CROHN DISEASE AND PARKINSON DISEASE. BAKER CYST. SCHMORL NODE.",
        "Normal heart size. Superior endplate. Mobile echogenic focus. Reading room protocol.",
        "Color Doppler imaging of the veins. Corona radiata infarct. Sunrise views of the knee.",
        "Scanner: GE Healthcare Revolution CT. Canon Medical Systems Aquilion ONE. Siemens Ysio Max."
    })
    void clinicalTermsAreNotRedacted(String text) {
        assertThat(DETECTOR.detect(text)).isEmpty();
    }

    @Test
    void aTitleStillMakesANameOfAnEponym() {
        String text = "Discussed with Dr. Baker. Small Baker cyst.";
        assertThat(DETECTOR.detect(text)).containsExactly(
                new PhiFinding(io.radlake.phi.PhiCategory.NAME, 19, 24, "name.after-title"));
    }

    @Test
    void allowListResourceHoldsTheEponyms() {
        assertThat(Lexicon.resource("allow-list.txt"))
                .contains("parkinson", "hodgkin", "wilms", "crohn", "baker cyst", "hill-sachs", "schmorl", "kerley",
                        "bosniak", "bi-rads", "fleischner", "osgood-schlatter", "legg-calve-perthes", "mass");
        assertThat(Lexicon.standard().kindsOf("Baker cyst") & Lexicon.ALLOWED).isNotZero();
    }
}
