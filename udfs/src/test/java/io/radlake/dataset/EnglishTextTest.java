package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The lungs are clear. There is no pleural effusion or pneumothorax. The cardiomediastinal silhouette is"
                + " within normal limits.\nNo acute cardiopulmonary process.",
        // telegraphic, almost no function words
        "Lungs clear. Heart normal. No effusion. Bones intact.\nNormal chest.",
        "LIVER: Normal in size and echotexture, no focal lesion. GALLBLADDER: No stones. CBD 4 mm.\n"
                + "Unremarkable abdominal ultrasound.",
        "Study compared with [DATE 2019-03-02]. Dr. [NAME] was notified at [TIME] by [NAME]. Stable 4 mm RUL"
                + " nodule.\nNo new nodules.",
        // English with foreign-looking tokens: eponyms, "en face", "non", "os", "SI", "IM", "ER"
        "Le Fort II fracture. Non-displaced fracture of the os trigonum. SI joints are intact. Seen en face on the"
                + " CC view. Patient came from the ER; IM injection site.\nFractures as described.",
        "Kerley B lines and von Willebrand history noted. Mild cardiomegaly.\nMild interstitial edema.",
        "12 x 8 mm.\n2.",
    })
    void acceptsEnglishReports(String text) {
        assertThat(EnglishText.looksEnglish(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // German
        "Die Lunge ist beidseits frei belüftet. Kein Pleuraerguss, kein Pneumothorax. Herz nicht vergrößert.\n"
                + "Unauffälliger Thoraxbefund.",
        "Regelrechte Darstellung der Leber ohne fokale Läsion. Gallenblase ohne Konkremente.\nUnauffälliger Befund.",
        // French
        "Pas d'épanchement pleural. Poumons clairs, sans foyer de condensation. Le cœur est de taille normale.\n"
                + "Examen sans anomalie.",
        // Spanish
        "No se observan consolidaciones ni derrame pleural. La silueta cardiaca es de tamaño normal.\n"
                + "Estudio sin hallazgos patológicos.",
        // Italian
        "Non si osservano addensamenti parenchimali né versamento pleurico. Ombra cardiaca nei limiti.\n"
                + "Esame nella norma.",
        // Portuguese
        "Pulmões com transparência preservada, sem consolidações. Não há derrame pleural.\nExame sem alterações.",
        // Dutch
        "Geen consolidaties of pleuravocht. Het hart is niet vergroot. Beiderzijds normale longen.\n"
                + "Geen afwijkingen.",
        // Non-Latin scripts
        "Легкие без очаговых и инфильтративных изменений. Синусы свободны.\nБез патологии.",
        "両肺に明らかな異常影なし。胸水なし。\n異常なし。",
        "Πνεύμονες χωρίς εστιακές αλλοιώσεις. Δεν υπάρχει πλευριτική συλλογή.",
    })
    void rejectsOtherLanguages(String text) {
        assertThat(EnglishText.looksEnglish(text)).isFalse();
    }

    @Test
    void textWithoutLettersIsLeftToOtherRules() {
        assertThat(EnglishText.looksEnglish("12 / 14 ... 3")).isTrue();
        assertThat(EnglishText.looksEnglish(null)).isTrue();
    }

    @Test
    void oneForeignFunctionWordIsNotEnough() {
        assertThat(EnglishText.looksEnglish("Status post Whipple. Ohne.")).isTrue();
        assertThat(EnglishText.looksEnglish("Ohne Befund. Keine Auffälligkeiten.")).isFalse();
    }
}
