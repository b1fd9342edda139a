package io.radlake.dataset;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assigns patients to train / validation / test, so that all reports of a patient land in one split.
 *
 * <p>Every patient gets a position in [0, 1): {@code StableHash.unit(StableHash.of("split", seed, patientKey))},
 * uniform and independent of everything but the seed and the key. Two ways to cut:
 * <ul>
 *   <li><b>Stratified, exact</b> ({@link #assignStratum}, or {@link #rankKey} + {@link #splitAtRank} in Spark): within
 *       a stratum (see {@link PatientStratum}), patients are ordered by (rank key, patient key) and the first
 *       {@code round(n * train)} go to train, up to {@code round(n * (train + validation))} to validation, the rest to
 *       test. Every stratum gets its fractions to within one patient, whatever its size.</li>
 *   <li><b>Streaming</b> ({@link #splitOf}): the position alone is compared with the cumulative fractions. No
 *       grouping, no sort, and a patient's split never changes when other patients are added; but the fractions are
 *       only met in expectation (binomial noise, e.g. +-3 points for a stratum of 100 patients), and a small
 *       modality can end up with no validation or test patient.</li>
 * </ul>
 * {@code radlake build-dataset} rebuilds the dataset from silver in one run, so it should use the exact stratified
 * cut: {@code row_number() over (partition by stratum order by rank_key, patient_key) - 1} as the rank and
 * {@code count(*) over (partition by stratum)} as the size, then {@link #splitAtRank} (a sort within each stratum,
 * not a global one). {@link #splitOf} is for incremental appends, where earlier assignments must not move. Both
 * orderings are the same in Spark and Java because patient keys are ASCII ("p_" + hex) and the rank key is a
 * non-negative long.
 *
 * <p>The exact cut depends on who else is in the stratum, so adding patients (or a patient changing stratum) can
 * move a patient near a cut point into another split: compare models only on splits of the same build.
 */
public final class PatientSplitter implements Serializable {

    private static final String HASH_PURPOSE = "split";

    private final long seed;
    private final SplitFractions fractions;

    public PatientSplitter(long seed, SplitFractions fractions) {
        if (fractions == null) {
            throw new IllegalArgumentException("fractions must not be null");
        }
        this.seed = seed;
        this.fractions = fractions;
    }

    public long seed() {
        return seed;
    }

    public SplitFractions fractions() {
        return fractions;
    }

    /** The sort key of a patient within its stratum: the top 53 bits of its keyed hash, in [0, 2^53). */
    public long rankKey(String patientKey) {
        requireKey(patientKey);
        return StableHash.of(HASH_PURPOSE, seed, patientKey) >>> 11;
    }

    /** The patient's position in [0, 1): {@code rankKey / 2^53}. */
    public double position(String patientKey) {
        return rankKey(patientKey) * 0x1.0p-53;
    }

    /** Streaming split: the position against the cumulative fractions (not stratified, fractions in expectation). */
    public Split splitOf(String patientKey) {
        return fractions.splitAt(position(patientKey));
    }

    /**
     * The split of the patient at {@code rank} (0-based, in (rank key, patient key) order) of a stratum of
     * {@code stratumSize} patients.
     */
    public Split splitAtRank(long rank, long stratumSize) {
        if (stratumSize < 1 || rank < 0 || rank >= stratumSize) {
            throw new IllegalArgumentException("rank must be in [0, stratumSize) and stratumSize >= 1, got rank "
                    + rank + " of " + stratumSize);
        }
        if (rank < cut(stratumSize, fractions.train())) {
            return Split.TRAIN;
        }
        return rank < cut(stratumSize, fractions.train() + fractions.validation()) ? Split.VALIDATION : Split.TEST;
    }

    /**
     * The exact cut of one stratum. The result does not depend on the order of {@code patientKeys}; repeated keys
     * count once. Keys come back in rank order.
     */
    public Map<String, Split> assignStratum(Collection<String> patientKeys) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String patient : patientKeys) {
            requireKey(patient);
            distinct.add(patient);
        }
        List<String> ranked = new ArrayList<>(distinct);
        Map<String, Long> keyOf = new TreeMap<>();
        for (String patient : ranked) {
            keyOf.put(patient, rankKey(patient));
        }
        ranked.sort(Comparator.<String, Long>comparing(keyOf::get).thenComparing(Comparator.naturalOrder()));
        Map<String, Split> splits = new LinkedHashMap<>();
        for (int rank = 0; rank < ranked.size(); rank++) {
            splits.put(ranked.get(rank), splitAtRank(rank, ranked.size()));
        }
        return splits;
    }

    /**
     * The exact stratified cut of every stratum, from each patient's stratum (in memory; the job does the same with
     * window functions). Keys come back sorted.
     */
    public Map<String, Split> assign(Map<String, String> stratumByPatient) {
        Map<String, List<String>> patientsByStratum = new TreeMap<>();
        stratumByPatient.forEach((patient, stratum) -> patientsByStratum
                .computeIfAbsent(PatientStratum.normalise(stratum), s -> new ArrayList<>()).add(patient));
        Map<String, Split> splits = new TreeMap<>();
        patientsByStratum.values().forEach(patients -> splits.putAll(assignStratum(patients)));
        return splits;
    }

    private static long cut(long size, double cumulativeFraction) {
        return Math.min(size, Math.round(size * cumulativeFraction));
    }

    private static void requireKey(String patientKey) {
        if (patientKey == null) {
            throw new IllegalArgumentException("patientKey must not be null");
        }
    }
}
