package io.radlake.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatientRosterTest {

    @Test
    void patientsAreDerivedFromTheSeedAndIndexAlone() {
        assertThat(new PatientRoster(5).patient(123)).isEqualTo(new PatientRoster(5).patient(123));
        assertThat(new PatientRoster(5).patient(123).name()).isNotEqualTo(new PatientRoster(6).patient(123).name());
        assertThat(new PatientRoster(5).patient(123).patientId()).isEqualTo("PAT-0000124");
    }

    @Test
    void patientsHaveAboutThreeAndAHalfReportsEach() {
        PatientRoster roster = new PatientRoster(11);
        Map<Long, Integer> reportsPerPatient = new HashMap<>();
        for (long report = 0; report < 70_000; report++) {
            reportsPerPatient.merge(roster.patientIndexOf(report), 1, Integer::sum);
        }
        double mean = 70_000.0 / reportsPerPatient.size();
        assertThat(mean).isBetween(3.4, 3.8);
        assertThat(reportsPerPatient.values().stream().filter(n -> n >= 6).count()).isPositive();
        assertThat(reportsPerPatient.values().stream().filter(n -> n == 1).count()).isPositive();
    }

    @Test
    void agesStayWithinZeroToOneHundredFiveOverTheStudySpan() {
        PatientRoster roster = new PatientRoster(3);
        int over89 = 0;
        for (long index = 0; index < 20_000; index++) {
            Patient patient = roster.patient(index);
            int first = patient.ageOn(patient.firstStudy());
            int last = patient.ageOn(patient.firstStudy().plusDays(patient.studySpanDays()));
            assertThat(first).isBetween(0, 105);
            assertThat(last).isBetween(first, 105);
            over89 += first > 89 ? 1 : 0;
        }
        assertThat(over89).isBetween(600, 1_600);
    }

    @Test
    void emailLocalPartsArePlainAscii() {
        assertThat(PatientRoster.asciiLetters("Núñez")).isEqualTo("nunez");
        assertThat(PatientRoster.asciiLetters("O'Brien")).isEqualTo("obrien");
        assertThat(PatientRoster.asciiLetters("García-López")).isEqualTo("garcialopez");
    }
}
