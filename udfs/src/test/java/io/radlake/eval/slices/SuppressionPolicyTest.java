package io.radlake.eval.slices;

import static io.radlake.eval.slices.SliceFixtures.example;
import static io.radlake.eval.slices.SliceFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.eval.rouge.RougeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

    private static final SlicePlan SEX_ONLY = SlicePlan.of(List.of("patient_sex"), List.of());
    private static final SlicePlan SEX_AND_MODALITY = SlicePlan.of(List.of("patient_sex", "modality"),
            List.of(List.of("modality", "patient_sex")));

    /** 40 F, 30 M and 19 without sex; the 19 score a distinctive 0.123. */
    private static List<SlicedExample> nineteenWithoutSex() {
        List<SlicedExample> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(example(0.5 + i / 1000.0, "patient_sex", "F"));
        }
        for (int i = 0; i < 30; i++) {
            examples.add(example(0.6 + i / 1000.0, "patient_sex", "M"));
        }
        for (int i = 0; i < 19; i++) {
            examples.add(example(0.123, "patient_sex", null));
        }
        return examples;
    }

    @Test
    void aGroupOf19IsShownAsBelow20WithoutAnyStatistic() {
        List<SliceResult> results = new SliceEvaluator(SEX_ONLY, SuppressionPolicy.defaults(),
                SliceStatistics.withSeed(7)).evaluate(nineteenWithoutSex());
        SliceResult unknown = find(results, SliceKey.of("patient_sex", null));

        assertThat(unknown.suppressed()).isTrue();
        assertThat(unknown.sizeLabel()).isEqualTo("<20");
        assertThat(unknown.n()).isEmpty();
        assertThat(unknown.metrics()).isEmpty();
        assertThatThrownBy(() -> unknown.metric(RougeType.ROUGE_1)).hasMessageContaining("<20");
        for (SliceResult result : results) {
            assertThat(result.n()).isNotEqualTo(OptionalInt.of(19));
            for (var metric : result.metrics().values()) {
                assertThat(List.of(metric.mean(), metric.ciLow(), metric.ciHigh())).doesNotContain(0.123, 0.0615);
            }
        }
    }

    @Test
    void theNextSmallestGroupIsSuppressedSoTheSmallOneCannotBeDerivedFromTheOverall() {
        List<SliceResult> results = new SliceEvaluator(SEX_ONLY, SuppressionPolicy.defaults(),
                SliceStatistics.withSeed(7)).evaluate(nineteenWithoutSex());

        assertThat(results).extracting(SliceResult::key, SliceResult::sizeLabel).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SliceKey.OVERALL, "89"),
                org.assertj.core.groups.Tuple.tuple(SliceKey.of("patient_sex", "F"), "40"),
                org.assertj.core.groups.Tuple.tuple(SliceKey.of("patient_sex", "M"), "<20"),
                org.assertj.core.groups.Tuple.tuple(SliceKey.of("patient_sex", "unknown"), "<20"));
        // Overall minus the published groups gives 49 (M and unknown together), never 19.
        int published = results.stream().skip(1).filter(r -> !r.suppressed()).mapToInt(r -> r.n().getAsInt()).sum();
        assertThat(89 - published).isEqualTo(49);
        // The withheld group of 30 looks exactly like the small one: the output does not say which is small.
        assertThat(find(results, SliceKey.of("patient_sex", "M")))
                .isEqualTo(SliceResult.suppressed(SliceKey.of("patient_sex", "M"), 20));
    }

    @Test
    void twoSmallGroupsThatTogetherReachKNeedNoThirdSuppression() {
        SuppressionPlan plan = SuppressionPolicy.defaults().plan(Map.of(SliceKey.OVERALL, 130L,
                SliceKey.of("site_id", "A"), 100L, SliceKey.of("site_id", "B"), 18L, SliceKey.of("site_id", "C"),
                12L));
        assertThat(plan.isPublished(SliceKey.of("site_id", "A"))).isTrue();
        assertThat(plan.isSuppressed(SliceKey.of("site_id", "B"))).isTrue();
        assertThat(plan.isSuppressed(SliceKey.of("site_id", "C"))).isTrue();
    }

    @Test
    void twoSmallGroupsBelowKTogetherAlsoSuppressTheNextSmallest() {
        SuppressionPlan plan = new SuppressionPolicy(20).plan(Map.of(SliceKey.OVERALL, 116L,
                SliceKey.of("site_id", "A"), 60L, SliceKey.of("site_id", "B"), 45L, SliceKey.of("site_id", "C"),
                6L, SliceKey.of("site_id", "D"), 5L));
        // C + D = 11 < 20 would be derivable as one group of 11; B (the next smallest) is withheld as well.
        assertThat(plan.isSuppressed(SliceKey.of("site_id", "B"))).isTrue();
        assertThat(plan.isPublished(SliceKey.of("site_id", "A"))).isTrue();
        assertThat(plan.publishedSize(SliceKey.of("site_id", "A"))).hasValue(60);
    }

    @Test
    void twoWayCellsCannotAddUpToASuppressedGroup() {
        List<Map<String, String>> rows = new ArrayList<>();
        addRows(rows, 25, "F", "CT");
        addRows(rows, 15, "F", "MR");
        addRows(rows, 20, "M", "CT");
        addRows(rows, 10, "M", "MR");
        addRows(rows, 10, null, "CT");
        addRows(rows, 9, null, "MR");
        Map<SliceKey, Long> sizes = sizesOf(SEX_AND_MODALITY, rows);
        SuppressionPlan plan = SuppressionPolicy.defaults().plan(sizes);

        assertThat(plan.isSuppressed(SliceKey.of("patient_sex", "M"))).isTrue();
        // CT x M holds 20 (not small) but published with MR x M it would add up to the withheld M total.
        assertThat(plan.isSuppressed(SliceKey.of("modality", "CT", "patient_sex", "M"))).isTrue();
        // CT x F alone in its column would betray MR x F (15) through the published F total.
        assertThat(plan.isSuppressed(SliceKey.of("modality", "CT", "patient_sex", "F"))).isTrue();
        assertThat(plan.isPublished(SliceKey.of("modality", "CT"))).isTrue();
        assertThat(plan.isPublished(SliceKey.of("modality", "MR"))).isTrue();
        assertNoGroupCanBeDerived(sizes, plan, 20);
    }

    @Test
    void aLineWithNothingLeftToWithholdWithholdsItsTotal() {
        List<Map<String, String>> rows = new ArrayList<>();
        addRows(rows, 5, "F", "CT");
        addRows(rows, 40, "M", "CT");
        addRows(rows, 30, "F", "XR");
        Map<SliceKey, Long> sizes = sizesOf(SEX_AND_MODALITY, rows);
        SuppressionPlan plan = SuppressionPolicy.defaults().plan(sizes);

        // CT x M (40) is withheld to protect CT x F (5) in the CT row, but it is the only cell of the M column:
        // with M = 40 published it would be exposed, and CT x F = CT - CT x M with it. So M itself is withheld.
        assertThat(plan.isSuppressed(SliceKey.of("modality", "CT", "patient_sex", "M"))).isTrue();
        assertThat(plan.isSuppressed(SliceKey.of("patient_sex", "M"))).isTrue();
        assertThat(plan.isPublished(SliceKey.OVERALL)).isTrue();
        assertNoGroupCanBeDerived(sizes, plan, 20);
    }

    @Test
    void noSuppressedGroupCanBeDerivedFromAPublishedTotalOnRandomTables() {
        SlicePlan plan = SlicePlan.of(List.of("patient_sex", "modality", "site_id"),
                List.of(List.of("modality", "patient_sex"), List.of("site_id", "modality")));
        Random random = new Random(2024);
        int withComplementary = 0;
        for (int trial = 0; trial < 300; trial++) {
            int k = new int[] {5, 10, 20}[trial % 3];
            List<Map<String, String>> rows = new ArrayList<>();
            int n = 20 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                rows.add(row("patient_sex", pick(random, new String[] {"F", "M", null}, 0.5, 0.45),
                        "modality", pick(random, new String[] {"CT", "MR", "XR", "US"}, 0.4, 0.3, 0.25),
                        "site_id", pick(random, new String[] {"A", "B", "C"}, 0.6, 0.35)));
            }
            Map<SliceKey, Long> sizes = sizesOf(plan, rows);
            SuppressionPlan suppression = new SuppressionPolicy(k).plan(sizes);
            assertNoGroupCanBeDerived(sizes, suppression, k);
            for (Map.Entry<SliceKey, Long> entry : sizes.entrySet()) {
                if (entry.getValue() >= k && suppression.isSuppressed(entry.getKey())) {
                    withComplementary++;
                    break;
                }
            }
        }
        // The property is only tested where complementary suppression had work to do.
        assertThat(withComplementary).isGreaterThan(100);
    }

    @Test
    void minGroupSizeOfOneSuppressesNothing() {
        SuppressionPlan plan = new SuppressionPolicy(1).plan(Map.of(SliceKey.OVERALL, 2L,
                SliceKey.of("patient_sex", "F"), 1L, SliceKey.of("patient_sex", "M"), 1L));
        assertThat(plan.keys()).allSatisfy(key -> assertThat(plan.isPublished(key)).isTrue());
        assertThat(plan.label()).isEqualTo("<1");
    }

    @Test
    void rejectsAMinGroupSizeBelowOneAndEmptyGroups() {
        assertThatThrownBy(() -> new SuppressionPolicy(0)).hasMessage("--min-group-size must be >= 1, got: 0");
        assertThatThrownBy(() -> SuppressionPolicy.defaults().plan(Map.of(SliceKey.of("site_id", "A"), 0L)))
                .hasMessage("group sizes must be >= 1, got 0 for a group of slice site_id");
    }

    @Test
    void aResultCannotPublishASmallGroup() {
        assertThatThrownBy(() -> new SliceResult(SliceKey.of("site_id", "A"), 20, OptionalInt.of(19),
                Map.of(RougeType.ROUGE_1, new SliceMetric(RougeType.ROUGE_1, 0.5, 0.4, 0.6, 0, false))))
                .hasMessage("a published slice group needs n >= 20 (the minimum group size), got a smaller one for "
                        + "slice site_id");
        assertThatThrownBy(() -> new SliceResult(SliceKey.of("site_id", "A"), 20, OptionalInt.empty(),
                Map.of(RougeType.ROUGE_1, new SliceMetric(RougeType.ROUGE_1, 0.5, 0.4, 0.6, 0, false))))
                .hasMessage("a suppressed slice group must carry no metrics");
    }

    /**
     * Audit written independently of the policy: no published group below k; in every line whose total is
     * published, the withheld groups are none or at least two holding at least k together; a two-way cell of a
     * withheld one-way group is withheld.
     */
    static void assertNoGroupCanBeDerived(Map<SliceKey, Long> sizes, SuppressionPlan plan, int k) {
        Map<List<Object>, List<SliceKey>> lines = new LinkedHashMap<>();
        Map<List<Object>, SliceKey> totals = new HashMap<>();
        for (SliceKey key : sizes.keySet()) {
            if (plan.isPublished(key)) {
                assertThat(sizes.get(key)).as(key.display()).isGreaterThanOrEqualTo(k);
            }
            if (key.arity() == 1) {
                List<Object> id = List.of(key.attributes());
                lines.computeIfAbsent(id, ignored -> new ArrayList<>()).add(key);
                totals.put(id, SliceKey.OVERALL);
            } else if (key.arity() == 2) {
                for (int side = 0; side < 2; side++) {
                    List<Object> id = List.of(key.attributes(), key.marginal(side));
                    lines.computeIfAbsent(id, ignored -> new ArrayList<>()).add(key);
                    totals.put(id, key.marginal(side));
                    if (plan.isSuppressed(key.marginal(side))) {
                        assertThat(plan.isSuppressed(key)).as(key.display()).isTrue();
                    }
                }
            }
        }
        for (Map.Entry<List<Object>, List<SliceKey>> line : lines.entrySet()) {
            if (!plan.isPublished(totals.get(line.getKey()))) {
                continue;
            }
            List<SliceKey> withheld = line.getValue().stream().filter(plan::isSuppressed).toList();
            long together = withheld.stream().mapToLong(sizes::get).sum();
            assertThat(withheld.isEmpty() || (withheld.size() >= 2 && together >= k))
                    .as("line %s: withheld %s holding %d", line.getKey(), withheld, together).isTrue();
        }
    }

    static Map<SliceKey, Long> sizesOf(SlicePlan plan, List<Map<String, String>> rows) {
        Map<SliceKey, Long> sizes = new HashMap<>();
        for (Map<String, String> row : rows) {
            for (SliceKey key : plan.keysOf(row)) {
                sizes.merge(key, 1L, Long::sum);
            }
        }
        return sizes;
    }

    private static void addRows(List<Map<String, String>> rows, int count, String sex, String modality) {
        for (int i = 0; i < count; i++) {
            rows.add(row("patient_sex", sex, "modality", modality));
        }
    }

    /** values[i] with probability weights[i]; the last value takes the rest. */
    private static String pick(Random random, String[] values, double... weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            if (draw < weights[i]) {
                return values[i];
            }
            draw -= weights[i];
        }
        return values[values.length - 1];
    }

    private static SliceResult find(List<SliceResult> results, SliceKey key) {
        return results.stream().filter(result -> result.key().equals(key)).findFirst().orElseThrow();
    }
}
