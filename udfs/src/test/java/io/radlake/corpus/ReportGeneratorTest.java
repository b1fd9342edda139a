package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGeneratorTest {

    private static final long SEED = 20240314L;
    private static final int CORPUS = 2_000;

    private final List<ReportGenerator.TracedReport> corpus = new ArrayList<>();

    @BeforeAll
    void generateCorpus() {
        ReportGenerator generator = new ReportGenerator(SEED);
        for (int i = 0; i < CORPUS; i++) {
            corpus.add(generator.trace(i));
        }
    }

    private List<GeneratedReport> reports() {
        return corpus.stream().map(ReportGenerator.TracedReport::report).toList();
    }

    @Test
    void reportIsAPureFunctionOfSeedAndIndex() {
        ReportGenerator forward = new ReportGenerator(SEED);
        ReportGenerator backward = new ReportGenerator(SEED);
        List<GeneratedReport> inOrder = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inOrder.add(forward.generate(i));
        }
        for (int i = 49; i >= 0; i--) {
            assertThat(backward.generate(i)).isEqualTo(inOrder.get(i));
        }
        assertThat(new ReportGenerator(SEED).generate(1_234_567)).isEqualTo(forward.generate(1_234_567));
    }

    @Test
    void differentSeedsGiveDifferentReports() {
        GeneratedReport a = new ReportGenerator(1).generate(0);
        GeneratedReport b = new ReportGenerator(2).generate(0);

        assertThat(a.reportId()).isEqualTo(b.reportId());
        assertThat(a.reportText()).isNotEqualTo(b.reportText());
    }

    @Test
    void everySpanCoversExactlyItsPlantedValueWithoutOverlap() {
        long spans = 0;
        for (ReportGenerator.TracedReport traced : corpus) {
            GeneratedReport report = traced.report();
            String text = report.reportText();
            List<PhiSpan> phi = report.phiSpans();
            assertThat(traced.plantedValues()).hasSameSizeAs(phi);
            int previousEnd = 0;
            for (int k = 0; k < phi.size(); k++) {
                PhiSpan span = phi.get(k);
                assertThat(span.start()).as("%s span %d starts after the previous one ends", report.reportId(), k)
                        .isGreaterThanOrEqualTo(previousEnd);
                assertThat(span.end()).isLessThanOrEqualTo(text.length());
                String covered = text.substring(span.start(), span.end());
                assertThat(covered).as("%s span %d", report.reportId(), k).isEqualTo(traced.plantedValues().get(k));
                assertThat(covered).doesNotContain("\n").isEqualTo(covered.strip());
                previousEnd = span.end();
                spans++;
            }
        }
        assertThat(spans).isGreaterThan(CORPUS * 5L);
    }

    @Test
    void everyPhiCategoryOccursInTwoThousandReports() {
        Map<PhiCategory, Integer> counts = new EnumMap<>(PhiCategory.class);
        for (GeneratedReport report : reports()) {
            for (PhiSpan span : report.phiSpans()) {
                counts.merge(span.category(), 1, Integer::sum);
            }
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder(PhiCategory.values());
    }

    @Test
    void spansLookLikeTheirCategory() {
        Map<PhiCategory, Pattern> shapes = new EnumMap<>(PhiCategory.class);
        shapes.put(PhiCategory.DATE, Pattern.compile(
                "\\d{1,2}/\\d{1,2}/\\d{2}(\\d{2})?|\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]+ \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2} \\d{4}"
                        + "|[A-Z][a-z]{2}\\.? \\d{1,2}(st|nd|rd|th) \\d{4}|\\d{2}-[A-Z]{3}-\\d{4}|\\d{8}|\\d{2}\\.\\d{2}\\.\\d{4}"
                        + "|\\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+ \\d{4}|\\d{2}-\\d{2}-\\d{4}", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.TIME, Pattern.compile(
                "\\d{1,2}:\\d{2}( ?(AM|PM|a\\.m\\.|p\\.m\\.))?|\\d{2}:\\d{2}:\\d{2}|\\d{4}", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.AGE, Pattern.compile("(9\\d|10[0-5])"));
        shapes.put(PhiCategory.MRN, Pattern.compile("\\d{8}"));
        shapes.put(PhiCategory.ACCESSION, Pattern.compile("ACC-[A-Z0-9-]+", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.SSN, Pattern.compile("\\d{3}-\\d{2}-\\d{4}"));
        shapes.put(PhiCategory.OTHER_ID, Pattern.compile("[A-Z]{0,3}\\d{9}", Pattern.CASE_INSENSITIVE));
        Pattern phone = Pattern.compile("\\(\\d{3}\\) \\d{3}-\\d{4}|\\d{3}([-.])\\d{3}\\1\\d{4}|\\+1 \\d{3} \\d{3} \\d{4}|\\d{10}");
        shapes.put(PhiCategory.PHONE, phone);
        shapes.put(PhiCategory.FAX, phone);
        shapes.put(PhiCategory.EMAIL, Pattern.compile("[a-z0-9._]+@[a-z0-9.-]+\\.[a-z]+", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.URL, Pattern.compile("(https?://|www\\.)[a-z0-9.-]+\\.[a-z]+(/[a-z/]*)?", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.IP_ADDRESS, Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})"));
        shapes.put(PhiCategory.ZIP, Pattern.compile("\\d{5}(-\\d{4})?"));
        shapes.put(PhiCategory.STATE, Pattern.compile("[A-Z]{2}|[A-Z][a-z]+( [A-Z][a-z]+)?", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.STREET_ADDRESS, Pattern.compile("\\d{1,5} .+", Pattern.CASE_INSENSITIVE));
        shapes.put(PhiCategory.DEVICE_SERIAL, Pattern.compile("[A-Z]{2,4}\\d{6}H?", Pattern.CASE_INSENSITIVE));
        for (GeneratedReport report : reports()) {
            for (PhiSpan span : report.phiSpans()) {
                String value = report.reportText().substring(span.start(), span.end());
                Pattern shape = shapes.get(span.category());
                if (shape != null) {
                    assertThat(value).as("%s in %s", span.category(), report.reportId()).matches(shape);
                }
                if (span.category() == PhiCategory.AGE) {
                    assertThat(Integer.parseInt(value)).isEqualTo(report.patientAge()).isGreaterThan(89);
                }
                if (span.category() == PhiCategory.ACCESSION) {
                    assertThat(value).isEqualToIgnoringCase(report.accessionNumber());
                }
                if (span.category() == PhiCategory.IP_ADDRESS) {
                    for (String octet : value.split("\\.")) {
                        assertThat(Integer.parseInt(octet)).isBetween(0, 255);
                    }
                }
            }
        }
    }

    @Test
    void identifiersNeverAppearOutsideTheirSpans() {
        Set<PhiCategory> exact = EnumSet.of(PhiCategory.MRN, PhiCategory.ACCESSION, PhiCategory.SSN,
                PhiCategory.PHONE, PhiCategory.FAX, PhiCategory.EMAIL, PhiCategory.URL, PhiCategory.IP_ADDRESS,
                PhiCategory.DEVICE_SERIAL, PhiCategory.OTHER_ID);
        for (GeneratedReport report : reports()) {
            String text = report.reportText().toUpperCase(Locale.ROOT);
            Set<String> values = new HashSet<>();
            values.add(report.accessionNumber().toUpperCase(Locale.ROOT));
            for (PhiSpan span : report.phiSpans()) {
                if (exact.contains(span.category())) {
                    values.add(text.substring(span.start(), span.end()));
                }
            }
            for (String value : values) {
                for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                    int from = at;
                    assertThat(report.phiSpans())
                            .as("'%s' at %d in %s is inside a span", value, at, report.reportId())
                            .anySatisfy(span -> assertThat(span.start() <= from
                                    && from + value.length() <= span.end()).isTrue());
                }
            }
        }
    }

    @Test
    void clinicalEponymsAppearAndAreNeverInsideASpan() {
        List<String> eponyms = List.of("parkinson disease", "hodgkin lymphoma", "wilms tumor", "crohn disease",
                "baker cyst", "hill-sachs lesion", "schmorl node");
        Map<String, Integer> seen = new HashMap<>();
        for (GeneratedReport report : reports()) {
            String text = report.reportText().toLowerCase(Locale.ROOT);
            for (String eponym : eponyms) {
                for (int at = text.indexOf(eponym); at >= 0; at = text.indexOf(eponym, at + 1)) {
                    seen.merge(eponym, 1, Integer::sum);
                    int start = at;
                    int end = at + eponym.length();
                    assertThat(report.phiSpans()).as("%s in %s", eponym, report.reportId())
                            .noneMatch(span -> span.start() < end && start < span.end());
                }
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(eponyms);
    }

    @Test
    void aPatientsIdentityIsTheSameInAllTheirReports() {
        Map<String, Set<String>> mrns = new HashMap<>();
        Map<String, Set<String>> sexes = new HashMap<>();
        Map<String, List<LocalDateTime>> studies = new HashMap<>();
        Map<String, List<Integer>> ages = new HashMap<>();
        for (GeneratedReport report : reports()) {
            String patient = report.patientId();
            sexes.computeIfAbsent(patient, p -> new HashSet<>()).add(report.patientSex());
            studies.computeIfAbsent(patient, p -> new ArrayList<>()).add(report.studyDatetime());
            ages.computeIfAbsent(patient, p -> new ArrayList<>()).add(report.patientAge());
            for (PhiSpan span : report.phiSpans()) {
                if (span.category() == PhiCategory.MRN) {
                    mrns.computeIfAbsent(patient, p -> new HashSet<>())
                            .add(report.reportText().substring(span.start(), span.end()));
                }
            }
        }
        assertThat(mrns.values()).allSatisfy(values -> assertThat(values).hasSize(1));
        assertThat(sexes.values()).allSatisfy(values -> assertThat(values).hasSize(1));
        // Distinct patients never share an MRN.
        assertThat(mrns.values().stream().map(values -> values.iterator().next()).distinct().count())
                .isEqualTo(mrns.size());
        // Age minus elapsed years is the same person: birth dates implied by each study agree within a year.
        for (String patient : studies.keySet()) {
            List<LocalDateTime> dates = studies.get(patient);
            List<LocalDate> impliedBirth = new ArrayList<>();
            for (int k = 0; k < dates.size(); k++) {
                impliedBirth.add(dates.get(k).toLocalDate().minusYears(ages.get(patient).get(k)));
            }
            LocalDate min = impliedBirth.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate max = impliedBirth.stream().max(LocalDate::compareTo).orElseThrow();
            assertThat(ChronoUnit.DAYS.between(min, max)).as(patient).isLessThanOrEqualTo(366);
        }
    }

    @Test
    void patientsHaveSeveralReportsSpreadOverYears() {
        Map<String, List<LocalDateTime>> studies = new HashMap<>();
        for (GeneratedReport report : reports()) {
            studies.computeIfAbsent(report.patientId(), p -> new ArrayList<>()).add(report.studyDatetime());
        }
        double mean = (double) CORPUS / studies.size();
        assertThat(mean).isBetween(3.0, 4.2);
        long spreadOverAYear = studies.values().stream()
                .filter(dates -> ChronoUnit.DAYS.between(dates.stream().min(LocalDateTime::compareTo).orElseThrow(),
                        dates.stream().max(LocalDateTime::compareTo).orElseThrow()) > 365)
                .count();
        assertThat(spreadOverAYear).isGreaterThan(studies.size() / 5);
        assertThat(studies.values()).allSatisfy(dates -> assertThat(ChronoUnit.DAYS.between(
                dates.stream().min(LocalDateTime::compareTo).orElseThrow(),
                dates.stream().max(LocalDateTime::compareTo).orElseThrow())).isLessThanOrEqualTo(5 * 366));
    }

    @Test
    void metadataFollowsTheDocumentedShapes() {
        Map<String, Set<String>> bodyParts = Map.of(
                "CR", Set.of("CHEST", "ABDOMEN", "KNEE", "SPINE", "PELVIS", "SHOULDER"),
                "CT", Set.of("HEAD", "CHEST", "ABDOMEN", "SPINE"),
                "MR", Set.of("HEAD", "SPINE", "KNEE", "SHOULDER", "PELVIS"),
                "US", Set.of("ABDOMEN", "PELVIS", "NECK", "KNEE", "BREAST"),
                "MG", Set.of("BREAST"));
        Set<String> reportIds = new HashSet<>();
        Set<String> accessions = new HashSet<>();
        Set<String> sites = new HashSet<>();
        Set<String> modalities = new HashSet<>();
        for (GeneratedReport report : reports()) {
            assertThat(report.reportId()).matches("RPT-\\d{9}");
            assertThat(report.patientId()).matches("PAT-\\d{7}");
            assertThat(report.accessionNumber()).startsWith("ACC-");
            assertThat(report.patientSex()).isIn("F", "M", "O", "U");
            assertThat(report.patientAge()).isBetween(0, 105);
            assertThat(report.siteId()).matches("SITE-[A-F]");
            assertThat(bodyParts.get(report.modality())).contains(report.bodyPart());
            assertThat(report.studyDatetime().getYear()).isBetween(2012, 2025);
            assertThat(report.attributes().keySet()).containsExactly("race_ethnicity", "insurance_type",
                    "encounter_type", "priority", "scanner_manufacturer");
            assertThat(report.attribute("encounter_type")).isIn("inpatient", "outpatient", "emergency");
            assertThat(report.attribute("priority")).isIn("routine", "stat");
            assertThat(report.attributes().values()).allSatisfy(value -> assertThat(value).isNotBlank());
            reportIds.add(report.reportId());
            accessions.add(report.accessionNumber());
            sites.add(report.siteId());
            modalities.add(report.modality());
        }
        assertThat(reportIds).hasSize(CORPUS);
        assertThat(accessions).hasSize(CORPUS);
        assertThat(sites).hasSize(6);
        assertThat(modalities).containsExactlyInAnyOrder("CR", "CT", "MR", "US", "MG");
        assertThat(reports()).anySatisfy(report -> assertThat(report.patientAge()).isGreaterThan(89));
        assertThat(reports()).anySatisfy(report -> assertThat(report.patientAge()).isLessThan(18));
    }

    @Test
    void attributesCannotBeModified() {
        GeneratedReport report = corpus.get(0).report();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.attributes().put("priority", "stat"))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.phiSpans().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void textsShowTheFormattingMessOfRealExports() {
        List<String> texts = reports().stream().map(GeneratedReport::reportText).toList();
        assertThat(texts).anySatisfy(text -> assertThat(text).isEqualTo(text.toUpperCase(Locale.ROOT)));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("Findings:"));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("FINDINGS:\n"));
        assertThat(texts).anySatisfy(text -> assertThat(text).containsPattern("FINDINGS: [A-Z]"));
        for (String header : List.of("INDICATION", "HISTORY", "CLINICAL INFO", "CLINICAL HISTORY",
                "REASON FOR EXAM", "TECHNIQUE", "COMPARISON", "IMPRESSION", "CONCLUSION", "ADDENDUM",
                "[** DICTATED BUT NOT READ **]", " PERIOD", "NEW PARAGRAPH", "ELECTRONICALLY SIGNED BY: DR. ")) {
            assertThat(texts).as(header).anySatisfy(text -> assertThat(text.toUpperCase(Locale.ROOT)).contains(header));
        }
        assertThat(texts).anySatisfy(text -> assertThat(text).containsPattern("(?m)^1\\. .*\\n2\\. "));
        // A stuttered word from voice recognition, e.g. "the the".
        assertThat(texts).anySatisfy(text -> assertThat(text).containsPattern("(?i)\\b([a-z]{2,}) \\1\\b"));
        // Hard-wrapped exports: every line within 80 columns although the report has long sentences.
        assertThat(texts).anySatisfy(text -> assertThat(text.lines().mapToInt(String::length).max().orElse(0))
                .isBetween(55, 80));
        assertThat(texts).anySatisfy(text -> assertThat(text.lines().mapToInt(String::length).max().orElse(0))
                .isGreaterThan(100));
    }

    @Test
    void impressionsRepeatTheAbnormalFindings() {
        Pattern nodule = Pattern.compile("There is a (\\d+) mm nodule in the ([a-z ]+ lobe|lingula)\\.");
        int checked = 0;
        for (GeneratedReport report : reports()) {
            String unwrapped = report.reportText().replaceAll("\\s+", " "); // undo hard wrapping
            var matcher = nodule.matcher(unwrapped);
            while (matcher.find()) {
                assertThat(unwrapped).contains(matcher.group(1) + " mm " + matcher.group(2) + " nodule");
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void normalChestFilmsGetANormalImpression() {
        List<String> normalChestImpressions = List.of("No acute cardiopulmonary abnormality.",
                "No acute cardiopulmonary process.", "Normal chest radiograph.", "No radiographic evidence of pneumonia.");
        int normal = 0;
        for (GeneratedReport report : reports()) {
            String text = report.reportText();
            if (report.modality().equals("CR") && report.bodyPart().equals("CHEST")
                    && normalChestImpressions.stream().anyMatch(text::contains)) {
                normal++;
                assertThat(text).doesNotContain("nodule in the", "pneumothorax, new since", "rib fracture");
            }
        }
        assertThat(normal).isPositive();
    }
}
