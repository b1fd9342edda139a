package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PatientSplitterTest {

    /** Patients per majority modality: large, medium, small and tiny strata. */
    private static final Map<String, Integer> STRATUM_SIZES = Map.of("CT", 1500, "MR", 800, "US", 450, "CR", 200,
            "MG", 41, "NM", 7);
    private static final SplitFractions FRACTIONS = new SplitFractions(0.7, 0.15, 0.15);

    /** One synthetic report: an example row as the job sees it after filtering. */
    private record Row(String reportKey, String patientKey, String modality) {
    }

    @Test
    void noPatientIsInTwoSplitsAndEveryReportFollowsItsPatient() {
        List<Row> rows = syntheticRows(7);
        Map<String, Split> splitOfPatient = new PatientSplitter(11, FRACTIONS).assign(strata(rows));
        Map<Split, Set<String>> patientsPerSplit = new EnumMap<>(Split.class);
        Map<String, Set<Split>> splitsPerPatient = new HashMap<>();
        for (Row row : rows) {
            Split split = splitOfPatient.get(row.patientKey());
            assertThat(split).isNotNull();
            patientsPerSplit.computeIfAbsent(split, s -> new HashSet<>()).add(row.patientKey());
            splitsPerPatient.computeIfAbsent(row.patientKey(), p -> new HashSet<>()).add(split);
        }
        assertThat(splitsPerPatient.values()).allSatisfy(splits -> assertThat(splits).hasSize(1));
        Set<String> train = patientsPerSplit.get(Split.TRAIN);
        Set<String> validation = patientsPerSplit.get(Split.VALIDATION);
        Set<String> test = patientsPerSplit.get(Split.TEST);
        assertThat(train).doesNotContainAnyElementsOf(validation).doesNotContainAnyElementsOf(test);
        assertThat(validation).doesNotContainAnyElementsOf(test);
        assertThat(train.size() + validation.size() + test.size()).isEqualTo(splitsPerPatient.size());
    }

    @Test
    void everyModalityGetsItsFractionsToWithinOnePatient() {
        List<Row> rows = syntheticRows(7);
        Map<String, String> strata = strata(rows);
        Map<String, Split> splits = new PatientSplitter(11, FRACTIONS).assign(strata);
        Map<String, Map<Split, Integer>> counts = new TreeMap<>();
        strata.forEach((patient, stratum) -> counts.computeIfAbsent(stratum, s -> new EnumMap<>(Split.class))
                .merge(splits.get(patient), 1, Integer::sum));
        System.out.println("patients per stratum and split: " + counts);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(STRATUM_SIZES.keySet());
        counts.forEach((stratum, perSplit) -> {
            int size = STRATUM_SIZES.get(stratum);
            for (Split split : Split.values()) {
                double expected = size * FRACTIONS.of(split);
                assertThat((double) perSplit.getOrDefault(split, 0)).as(stratum + " " + split)
                        .isBetween(expected - 1, expected + 1);
            }
        });
    }

    @Test
    void doesNotDependOnInputOrderOrRepeats() {
        List<Row> rows = syntheticRows(7);
        PatientSplitter splitter = new PatientSplitter(11, FRACTIONS);
        Map<String, Split> expected = splitter.assign(strata(rows));
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(splitter.assign(strata(shuffled))).isEqualTo(expected);

        List<String> ctPatients = new ArrayList<>(strata(rows).entrySet().stream()
                .filter(e -> e.getValue().equals("CT")).map(Map.Entry::getKey).toList());
        Map<String, Split> once = splitter.assignStratum(ctPatients);
        List<String> reordered = new ArrayList<>(ctPatients);
        Collections.reverse(reordered);
        reordered.addAll(ctPatients.subList(0, 100)); // repeats count once
        assertThat(splitter.assignStratum(reordered)).isEqualTo(once);
    }

    @Test
    void theSeedChangesTheSplitAndTheSameSeedRepeatsIt() {
        Map<String, String> strata = strata(syntheticRows(7));
        Map<String, Split> a = new PatientSplitter(11, FRACTIONS).assign(strata);
        Map<String, Split> again = new PatientSplitter(11, FRACTIONS).assign(strata);
        Map<String, Split> b = new PatientSplitter(12, FRACTIONS).assign(strata);
        assertThat(again).isEqualTo(a);
        long moved = a.keySet().stream().filter(p -> a.get(p) != b.get(p)).count();
        // Independent assignments agree with probability 0.7^2 + 2 * 0.15^2 = 0.535: about 46% move.
        assertThat((double) moved / a.size()).isBetween(0.40, 0.52);
    }

    @Test
    void theWindowFormulationGivesTheSameAssignment() {
        // What the Spark job does: rank = row_number() over (partition by stratum order by rank_key, patient_key) - 1.
        PatientSplitter splitter = new PatientSplitter(5, FRACTIONS);
        Map<String, String> strata = strata(syntheticRows(9));
        Map<String, List<String>> byStratum = new TreeMap<>();
        strata.forEach((p, s) -> byStratum.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
        Map<String, Split> windowed = new HashMap<>();
        byStratum.values().forEach(patients -> {
            patients.sort(Comparator.comparingLong(splitter::rankKey).thenComparing(Comparator.naturalOrder()));
            for (int rank = 0; rank < patients.size(); rank++) {
                windowed.put(patients.get(rank), splitter.splitAtRank(rank, patients.size()));
            }
        });
        assertThat(windowed).isEqualTo(splitter.assign(strata));
    }

    @Test
    void splitAtRankCutsAtRoundedCumulativeCounts() {
        PatientSplitter splitter = new PatientSplitter(1, new SplitFractions(0.8, 0.1, 0.1));
        // 10 patients: ranks 0-7 train, 8 validation, 9 test.
        assertThat(ranks(splitter, 10)).containsExactly(Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.TRAIN,
                Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.VALIDATION, Split.TEST);
        // 3 patients: round(2.4) = 2 train, round(2.7) = 3 -> 1 validation, no test.
        assertThat(ranks(splitter, 3)).containsExactly(Split.TRAIN, Split.TRAIN, Split.VALIDATION);
        PatientSplitter noValidation = new PatientSplitter(1, new SplitFractions(0.5, 0.0, 0.5));
        assertThat(ranks(noValidation, 4)).containsExactly(Split.TRAIN, Split.TRAIN, Split.TEST, Split.TEST);
        assertThatThrownBy(() -> splitter.splitAtRank(3, 3))
                .hasMessage("rank must be in [0, stratumSize) and stratumSize >= 1, got rank 3 of 3");
    }

    @Test
    void streamingSplitMeetsTheFractionsInExpectationAndAgreesWithTheRankOrder() {
        PatientSplitter splitter = new PatientSplitter(11, FRACTIONS);
        Map<Split, Integer> counts = new EnumMap<>(Split.class);
        int patients = 6000;
        for (int i = 0; i < patients; i++) {
            String patient = "p_" + Integer.toHexString(0x10000 + i);
            Split split = splitter.splitOf(patient);
            counts.merge(split, 1, Integer::sum);
            double position = splitter.position(patient);
            assertThat(position).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            assertThat(split).isEqualTo(position < 0.7 ? Split.TRAIN : position < 0.85 ? Split.VALIDATION : Split.TEST);
        }
        // Binomial standard deviation of a 0.15 share over 6000 is 0.0046; 0.02 is over 4 of them.
        for (Split split : Split.values()) {
            assertThat((double) counts.get(split) / patients).as(split.label())
                    .isBetween(FRACTIONS.of(split) - 0.02, FRACTIONS.of(split) + 0.02);
        }
    }

    @Test
    void validatesFractions() {
        assertThatThrownBy(() -> new SplitFractions(0.8, 0.1, 0.2))
                .hasMessageStartingWith("split fractions must sum to 1 (within 1.0E-9), got 0.8 + 0.1 + 0.2 = ");
        assertThatThrownBy(() -> new SplitFractions(1.1, -0.1, 0.0))
                .hasMessage("train fraction must be in [0, 1], got: 1.1");
        assertThatThrownBy(() -> new SplitFractions(0.5, Double.NaN, 0.5))
                .hasMessage("validation fraction must be in [0, 1], got: NaN");
        assertThat(new SplitFractions(0.7, 0.2, 0.1).test()).isEqualTo(0.1); // 0.7 + 0.2 + 0.1 != 1.0 exactly
        assertThat(new SplitFractions(1.0, 0.0, 0.0).of(Split.TRAIN)).isEqualTo(1.0);
        assertThatThrownBy(() -> new PatientSplitter(1, null)).hasMessage("fractions must not be null");
        assertThatThrownBy(() -> new PatientSplitter(1, FRACTIONS).assignStratum(java.util.Arrays.asList("p_1", null)))
                .hasMessage("patientKey must not be null");
    }

    @Test
    void labelsAreLowerCase() {
        assertThat(Split.VALIDATION.label()).isEqualTo("validation");
    }

    private static List<Split> ranks(PatientSplitter splitter, int size) {
        List<Split> splits = new ArrayList<>();
        for (int rank = 0; rank < size; rank++) {
            splits.add(splitter.splitAtRank(rank, size));
        }
        return splits;
    }

    /** Per patient 1-4 reports, most in its stratum's modality, some in another. */
    private static List<Row> syntheticRows(long seed) {
        Random random = new Random(seed);
        List<String> modalities = new ArrayList<>(new TreeMap<>(STRATUM_SIZES).keySet());
        List<Row> rows = new ArrayList<>();
        int patient = 0;
        int report = 0;
        for (String stratum : modalities) {
            for (int i = 0; i < STRATUM_SIZES.get(stratum); i++) {
                String patientKey = "p_" + Integer.toHexString(0x100000 + patient++);
                int majority = 1 + random.nextInt(3);
                for (int r = 0; r < majority; r++) {
                    rows.add(new Row("r_" + Integer.toHexString(report++), patientKey, stratum));
                }
                if (random.nextInt(4) == 0 && majority > 1) { // a minority report in another modality
                    String other = modalities.get(random.nextInt(modalities.size()));
                    rows.add(new Row("r_" + Integer.toHexString(report++), patientKey, other));
                }
            }
        }
        return rows;
    }

    /** The stratum of each patient from its rows, in row order. */
    private static Map<String, String> strata(List<Row> rows) {
        Map<String, List<String>> modalities = new LinkedHashMap<>();
        for (Row row : rows) {
            modalities.computeIfAbsent(row.patientKey(), p -> new ArrayList<>()).add(row.modality());
        }
        Map<String, String> strata = new LinkedHashMap<>();
        modalities.forEach((patient, list) -> strata.put(patient, PatientStratum.of(list)));
        return strata;
    }
}
