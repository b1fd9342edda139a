package io.radlake.eval.slices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NormalStudyPhrasesTest {

    static final List<String> NORMAL = List.of(
            "No acute cardiopulmonary abnormality.",
            "No acute cardiopulmonary process.",
            "Normal chest radiograph.",
            "No acute intracranial abnormality.",
            "Unremarkable CT of the abdomen and pelvis.",
            "No evidence of pulmonary embolism.",
            "Negative study.",
            "BI-RADS 1: Negative.",
            "1. No acute cardiopulmonary abnormality.",
            "1) No acute fracture or dislocation.",
            "NO ACUTE INTRACRANIAL HEMORRHAGE OR MASS EFFECT.",
            "no acute osseous abnormality",
            "Impression: Normal MRI of the brain.",
            "There is no evidence of acute intracranial hemorrhage.",
            "Negative for acute fracture.",
            "No focal consolidation, pleural effusion, or pneumothorax.",
            "The lungs are clear.",
            "Heart size is normal. The lungs are clear.",
            "Within normal limits.",
            "Normal bilateral screening mammogram. BI-RADS 1. Routine annual screening recommended.",
            "Negative mammogram. BIRADS category 1.",
            "BI-RADS 2 - Benign. Recommend routine annual screening mammography.",
            "No suspicious pulmonary nodule. Lung-RADS 1. Continue annual screening with LDCT in 12 months.",
            "Unremarkable noncontrast CT of the head.",
            "No acute intra-abdominal process.",
            "No small bowel obstruction.",
            "No hydronephrosis or renal calculus.",
            "Normal right upper quadrant ultrasound.",
            "No deep venous thrombosis in the left lower extremity.",
            "Nonobstructive bowel gas pattern.",
            "No acute osseous abnormality with normal alignment.",
            "Essentially normal examination.",
            "1. No acute abnormality.\n2. Normal heart size.",
            "No internal derangement of the knee.",
            "No rotator cuff tear.",
            "Normal MRI of the brain with and without contrast.");

    static final List<String> ABNORMAL = List.of(
            "No acute abnormality. 4 mm nodule, follow-up in 12 months.",
            "No acute cardiopulmonary abnormality. Small left pleural effusion.",
            "No evidence of pneumonia, but there is a small right pleural effusion.",
            "Normal except for mild cardiomegaly.",
            "Otherwise no acute abnormality.",
            "1. Acute appendicitis. 2. No abscess.",
            "No change in the 2.3 cm right hepatic lesion.",
            "No interval change in the known pulmonary nodules.",
            "No new metastatic disease.",
            "No acute intracranial abnormality. Chronic small vessel ischemic changes.",
            "Stable cardiomegaly without acute process.",
            "No acute fracture. Old healed left rib fractures.",
            "No pneumothorax with right chest tube in place.",
            "Mild degenerative changes of the lumbar spine.",
            "Right lower lobe pneumonia.",
            "Acute nondisplaced fracture of the distal radius.",
            "Suspicious left breast mass. BI-RADS 4. Biopsy recommended.",
            "BI-RADS 0: Incomplete. Recall for additional imaging.",
            "Probably benign right breast mass, likely fibroadenoma. BI-RADS 3.",
            "Lung-RADS 4A. 3-month low-dose CT recommended.",
            "No acute abnormality. Recommend follow-up CT in 3 months.",
            "Status post cholecystectomy. No acute abnormality.",
            "No acute hemorrhage. Pneumonia cannot be excluded.",
            "Heart size is normal, small left effusion.",
            "Normal heart size with mild bibasilar atelectasis.",
            "Findings consistent with acute cholecystitis.",
            "Interval resolution of the right pleural effusion.",
            "Moderate hydronephrosis of the left kidney.",
            "No acute abnormality; possible early pneumonia in the left base.",
            "Pulmonary embolism in the right lower lobe segmental artery.",
            "2 x 3 cm complex cyst of the left ovary.",
            "No other acute findings.",
            "Simple cyst. BI-RADS 2.",
            "Normal, apart from a small hiatal hernia.",
            "",
            "   ");

    @Test
    void recognisesNormalStudyPhrases() {
        assertThat(NORMAL).hasSizeGreaterThanOrEqualTo(30);
        assertThat(NORMAL).allSatisfy(text -> assertThat(NormalStudyPhrases.isNormalStudy(text))
                .as("normal: %s", text).isTrue());
    }

    @Test
    void rejectsImpressionsThatStateAFinding() {
        assertThat(ABNORMAL).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ABNORMAL).allSatisfy(text -> assertThat(NormalStudyPhrases.isNormalStudy(text))
                .as("abnormal: %s", text).isFalse());
    }

    @Test
    void missingImpressionIsNotNormal() {
        assertThat(NormalStudyPhrases.isNormalStudy(null)).isFalse();
    }

    @Test
    void appendingAFindingToANormalPhraseMakesItAbnormal() {
        for (String normal : NORMAL) {
            assertThat(NormalStudyPhrases.isNormalStudy(normal + " 4 mm nodule in the right upper lobe."))
                    .as("with finding: %s", normal).isFalse();
        }
    }
}
