package io.radlake.corpus;

import java.time.LocalDateTime;

/** The structured facts of one study, decided before its text is written. */
record StudyFacts(
        String reportId,
        Patient patient,
        Site site,
        ExamType exam,
        LocalDateTime studyDatetime,
        int age,
        String accession,
        String encounterType,
        String priority,
        Scanners.Scanner scanner) {
}
