package io.radlake.corpus;

import java.time.LocalDate;
import java.time.Period;

/**
 * A synthetic patient. Every field is derived from (corpus seed, patient index) by {@link PatientRoster},
 * so all of a patient's reports agree without any stored map.
 *
 * @param zipPlusFour the four extra ZIP+4 digits, shown in some reports
 * @param firstStudy  the patient's studies fall in [firstStudy, firstStudy + studySpanDays]
 */
record Patient(
        long index,
        String patientId,
        PersonName name,
        String sex,
        LocalDate birthDate,
        String mrn,
        String ssn,
        String street,
        Vocabulary.City city,
        String zip,
        String zipPlusFour,
        String phoneDigits,
        String email,
        String raceEthnicity,
        String insuranceUnder65,
        boolean medicareAt65,
        String memberId,
        int homeSite,
        LocalDate firstStudy,
        int studySpanDays) {

    int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    String insuranceOn(LocalDate date) {
        return medicareAt65 && ageOn(date) >= 65 ? "Medicare" : insuranceUnder65;
    }
}
