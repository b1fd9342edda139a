package io.radlake.corpus;

import io.radlake.phi.DateText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates synthetic radiology reports. Report {@code i} is a pure function of (seed, i): generate any
 * index in any order, on any shard, and get the same report. Not thread-safe (it reuses buffers): use one
 * instance per thread.
 */
public final class ReportGenerator {

    /** Written to _corpus.json; bump when output for a given seed changes. */
    public static final String VERSION = "radlake-corpus-generator/1.0.0";

    private static final int ACCESSION_MODULUS = 100_000_000;
    private static final long ACCESSION_MULTIPLIER = 73_939_133L; // coprime with 10^8: a bijection that looks random

    private final long seed;
    private final PatientRoster roster;
    private final ReportComposer composer;
    private final ReportTextBuilder text = new ReportTextBuilder();
    private final long accessionOffset;

    public ReportGenerator(long seed) {
        this.seed = seed;
        this.roster = new PatientRoster(seed);
        this.composer = new ReportComposer(seed, new StaffDirectory(seed));
        this.accessionOffset = Long.remainderUnsigned(Seeds.derive(seed, Seeds.ACCESSION, 0), ACCESSION_MODULUS);
    }

    public long seed() {
        return seed;
    }

    /** Report number {@code index} (0-based) of this seed's corpus. */
    public GeneratedReport generate(long index) {
        return build(index);
    }

    /** The report plus the exact strings planted for each span, in span order (for tests). */
    record TracedReport(GeneratedReport report, List<String> plantedValues) {
    }

    TracedReport trace(long index) {
        GeneratedReport report = build(index);
        return new TracedReport(report, List.copyOf(text.plantedValues()));
    }

    private GeneratedReport build(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("report index must be >= 0, got: " + index);
        }
        SplittableRandom random = Seeds.random(seed, Seeds.REPORT, index);
        Patient patient = roster.patient(roster.patientIndexOf(index));
        Site site = random.nextInt(100) < 85 ? Sites.ALL.get(patient.homeSite())
                : Sites.ALL.get(random.nextInt(Sites.ALL.size()));
        ExamType exam = site.exams().pick(random);
        for (int retry = 0; retry < 3 && "M".equals(patient.sex()) && exam.bodyPart().equals("BREAST"); retry++) {
            exam = site.exams().pick(random); // male breast imaging exists but is rare
        }
        LocalDate studyDate = patient.firstStudy().plusDays(random.nextInt(patient.studySpanDays() + 1));
        String encounter = site.encounterTypes().pick(random);
        LocalDateTime studyDatetime = studyDate.atTime(studyHour(encounter, random), random.nextInt(60));
        String priority = random.nextInt(100) < statPercent(encounter) ? "stat" : "routine";
        Scanners.Scanner scanner = Scanners.pick(site, exam.modality(), random);
        String reportId = reportId(index);
        StudyFacts facts = new StudyFacts(reportId, patient, site, exam, studyDatetime, patient.ageOn(studyDate),
                accession(index, site, studyDate), encounter, priority, scanner);

        composer.compose(text, facts, random);

        Map<String, String> attributes = new LinkedHashMap<>(8);
        attributes.put("race_ethnicity", patient.raceEthnicity());
        attributes.put("insurance_type", patient.insuranceOn(studyDate));
        attributes.put("encounter_type", encounter);
        attributes.put("priority", priority);
        attributes.put("scanner_manufacturer", scanner.manufacturer());
        return new GeneratedReport(reportId, patient.patientId(), facts.accession(), studyDatetime,
                exam.modality(), exam.bodyPart(), site.siteId(), patient.sex(), facts.age(), attributes, text.text(),
                text.spans());
    }

    /** "RPT-000000123": index + 1, nine digits. */
    static String reportId(long index) {
        return "RPT-" + PhiFormats.padded(index + 1, 9);
    }

    private String accession(long index, Site site, LocalDate studyDate) {
        String number = PhiFormats.padded((index * ACCESSION_MULTIPLIER + accessionOffset) % ACCESSION_MODULUS, 8);
        return switch (site.accessionStyle()) {
            case 0 -> "ACC-" + site.siteId().charAt(site.siteId().length() - 1) + number;
            case 1 -> "ACC-" + studyDate.getYear() + "-" + number;
            case 2 -> "ACC-" + number;
            default -> "ACC-ED" + DateText.twoDigits(studyDate.getYear() % 100) + "-" + number;
        };
    }

    private static int studyHour(String encounter, SplittableRandom random) {
        return switch (encounter) {
            case "emergency" -> random.nextInt(24);
            case "inpatient" -> 6 + random.nextInt(17);
            default -> 7 + random.nextInt(12);
        };
    }

    private static int statPercent(String encounter) {
        return switch (encounter) {
            case "emergency" -> 60;
            case "inpatient" -> 20;
            default -> 3;
        };
    }
}
