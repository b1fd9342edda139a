package io.radlake.deid;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.PhiSpan;
import io.radlake.corpus.ReportGenerator;
import io.radlake.phi.PhiCategory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The replacement half on generated reports, with the generator's exact spans standing in for a detector. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeidentifierCorpusTest {

    private static final int REPORTS = 300;

    private final Pseudonymizer pseudonymizer = new Pseudonymizer(PseudonymizerTest.SECRET);
    /** Reads dates without moving them: the reference for intervals. */
    private final DateShifter unshifted = new DateShifter(patient -> 0, NumericDateOrder.MONTH_FIRST);
    private final List<GeneratedReport> reports = new ArrayList<>();

    @BeforeAll
    void generate() {
        ReportGenerator generator = new ReportGenerator(20240314L);
        for (int i = 0; i < REPORTS; i++) {
            reports.add(generator.generate(i));
        }
    }

    private static PhiDetector truth(GeneratedReport report) {
        return text -> report.phiSpans().stream()
                .map(s -> new PhiFinding(s.category(), s.start(), s.end(), "truth")).toList();
    }

    @ParameterizedTest
    @EnumSource(DeidMode.class)
    void noOriginalIdentifierSurvivesAndEveryDateIntervalDoes(DeidMode mode) {
        Redactor redactor = Redactor.create(mode, pseudonymizer);
        Map<String, Set<String>> mrnOutputsByPatient = new HashMap<>();
        Map<String, Set<String>> patientsByMrnOutput = new HashMap<>();
        int checkedValues = 0;
        int coincidences = 0;
        int datePairs = 0;
        for (GeneratedReport report : reports) {
            String text = report.reportText();
            String patient = report.patientId();
            DeidResult result = new Deidentifier(truth(report), redactor).deidentify(text, patient);
            assertThat(result.auditCounts()).allMatch(c -> c.rule().equals("truth"));
            assertThat(result.auditCounts().stream().mapToInt(PhiAuditCount::count).sum())
                    .isEqualTo(report.phiSpans().size());

            // The output is the text with each span spliced: find each replacement where it landed.
            List<String> replaced = new ArrayList<>();
            int shift = 0;
            for (PhiSpan span : report.phiSpans()) {
                String original = text.substring(span.start(), span.end());
                String expected = redactor.replacement(span.category(), original, patient);
                int at = span.start() + shift;
                assertThat(result.text().substring(at, at + expected.length())).isEqualTo(expected);
                shift += expected.length() - original.length();
                replaced.add(expected);
                if (span.category() == PhiCategory.MRN) {
                    mrnOutputsByPatient.computeIfAbsent(patient + "|" + original, k -> new HashSet<>()).add(expected);
                    patientsByMrnOutput.computeIfAbsent(expected, k -> new HashSet<>()).add(patient);
                }
                if (span.category() == PhiCategory.DATE) {
                    assertThat(expected).isNotEqualTo("[DATE]").isNotEqualTo(original);
                }
            }
            assertThat(result.text()).hasSize(text.length() + shift);

            // No original value longer than 3 characters remains, unless the same word is also ordinary text of
            // the report ("Baker" in "Baker cyst") or a replacement happens to spell it (two dates whose distance
            // equals the patient's shift).
            for (PhiSpan span : report.phiSpans()) {
                String value = text.substring(span.start(), span.end());
                if (value.length() <= 3) {
                    continue;
                }
                checkedValues++;
                int inOutput = occurrences(result.text(), value);
                int outsideSpans = occurrences(textOutsideSpans(report), value);
                int inReplacements = replaced.stream().mapToInt(r -> occurrences(r, value)).sum();
                assertThat(inOutput).as("%s value of %s in mode %s", span.category(), report.reportId(), mode)
                        .isLessThanOrEqualTo(outsideSpans + inReplacements);
                coincidences += Math.min(inOutput, inReplacements);
            }

            // Intervals between any two full dates of the report are exactly as in the original.
            List<LocalDate> before = new ArrayList<>();
            List<LocalDate> after = new ArrayList<>();
            for (int k = 0; k < report.phiSpans().size(); k++) {
                PhiSpan span = report.phiSpans().get(k);
                if (span.category() != PhiCategory.DATE) {
                    continue;
                }
                Optional<String> original = unshifted.shiftIso(text.substring(span.start(), span.end()), patient);
                String output = replaced.get(k);
                Optional<String> shifted = mode == DeidMode.TAGS
                        ? Optional.of(output.substring(6, output.length() - 1)) : unshifted.shiftIso(output, patient);
                assertThat(original).isPresent();
                assertThat(shifted).isPresent();
                before.add(LocalDate.parse(original.orElseThrow()));
                after.add(LocalDate.parse(shifted.orElseThrow()));
            }
            for (int a = 0; a < before.size(); a++) {
                for (int b = a + 1; b < before.size(); b++) {
                    assertThat(ChronoUnit.DAYS.between(after.get(a), after.get(b)))
                            .isEqualTo(ChronoUnit.DAYS.between(before.get(a), before.get(b)));
                    datePairs++;
                }
            }
        }
        assertThat(checkedValues).isGreaterThan(REPORTS * 5);
        assertThat(datePairs).isGreaterThan(REPORTS);
        assertThat(coincidences).isLessThan(checkedValues / 100);
        if (mode == DeidMode.SURROGATES) {
            // One patient's MRN reads the same in all their reports; different patients' MRNs do not collide.
            assertThat(mrnOutputsByPatient).isNotEmpty().allSatisfy((key, outputs) -> assertThat(outputs).hasSize(1));
            assertThat(patientsByMrnOutput).allSatisfy((mrn, patients) -> assertThat(patients).hasSize(1));
            assertThat(mrnOutputsByPatient.size()).isLessThan(REPORTS); // patients do have several reports here
        }
    }

    /** The report with every span blanked out, so its ordinary words can be counted. */
    private static String textOutsideSpans(GeneratedReport report) {
        StringBuilder out = new StringBuilder(report.reportText());
        for (PhiSpan span : report.phiSpans()) {
            for (int i = span.start(); i < span.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Occurrences of {@code value} as a whole token: not glued to a letter or digit on either side. */
    private static int occurrences(String text, String value) {
        int count = 0;
        for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
            int end = i + value.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                count++;
            }
        }
        return count;
    }
}
