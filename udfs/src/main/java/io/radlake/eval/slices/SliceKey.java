package io.radlake.eval.slices;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One group of a slice: the attribute names and, position by position, the value the group holds, e.g.
 * {@code [modality] = [CT]} or {@code [modality, patient_sex] = [CT, F]}. The key with no attributes is
 * {@link #OVERALL}, the whole population.
 *
 * <p>A null or blank value becomes {@link #UNKNOWN}: examples without a value form their own group instead of being
 * dropped, so that the groups of one attribute always add up to the overall population (complementary suppression
 * in {@link SuppressionPolicy} relies on it). Other values are trimmed and kept as they are (case included).
 *
 * @param attributes attribute (column) names, none repeated; empty for {@link #OVERALL}
 * @param values     one value per attribute, never null or blank after construction
 */
public record SliceKey(List<String> attributes, List<String> values)
        implements Comparable<SliceKey>, Serializable {

    /** The value of a null or blank attribute. */
    public static final String UNKNOWN = "unknown";

    /** The whole population. */
    public static final SliceKey OVERALL = new SliceKey(List.of(), List.of());

    private static final Comparator<List<String>> LEXICOGRAPHIC = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = a.get(i).compareTo(b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private static final Comparator<SliceKey> ORDER = Comparator.<SliceKey>comparingInt(key -> key.attributes.size())
            .thenComparing(SliceKey::attributes, LEXICOGRAPHIC)
            .thenComparing(SliceKey::values, LEXICOGRAPHIC);

    public SliceKey {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(values, "values");
        if (attributes.size() != values.size()) {
            throw new IllegalArgumentException("a slice key needs one value per attribute, got " + attributes.size()
                    + " attributes and " + values.size() + " values");
        }
        for (String attribute : attributes) {
            if (attribute == null || attribute.isBlank()) {
                throw new IllegalArgumentException("slice attribute names must not be null or blank, got: "
                        + attributes);
            }
        }
        if (attributes.stream().distinct().count() != attributes.size()) {
            throw new IllegalArgumentException("slice attribute names must not repeat, got: " + attributes);
        }
        attributes = List.copyOf(attributes);
        List<String> normalised = new ArrayList<>(values.size());
        for (String value : values) {
            normalised.add(normaliseValue(value));
        }
        values = List.copyOf(normalised);
    }

    /** The one-way key {@code attribute = value}. */
    public static SliceKey of(String attribute, String value) {
        return new SliceKey(List.of(attribute), nullableList(value));
    }

    /** The two-way key {@code first = firstValue x second = secondValue}. */
    public static SliceKey of(String first, String firstValue, String second, String secondValue) {
        return new SliceKey(List.of(first, second), nullableList(firstValue, secondValue));
    }

    /** {@code value} trimmed, or {@link #UNKNOWN} when null or blank. */
    public static String normaliseValue(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.trim();
    }

    public boolean isOverall() {
        return attributes.isEmpty();
    }

    /** How many attributes the key fixes: 0 overall, 1 one-way, 2 two-way. */
    public int arity() {
        return attributes.size();
    }

    /** The value of {@code attribute}; throws when the key does not fix it. */
    public String valueOf(String attribute) {
        int index = attributes.indexOf(attribute);
        if (index < 0) {
            throw new IllegalArgumentException("slice key over " + attributes + " has no attribute '" + attribute
                    + "'");
        }
        return values.get(index);
    }

    /** The one-way key of the attribute at {@code index}: a two-way cell's row or column total. */
    public SliceKey marginal(int index) {
        return new SliceKey(List.of(attributes.get(index)), List.of(values.get(index)));
    }

    /** The definition (attribute names) this key is a group of. */
    public SliceDefinition definition() {
        return new SliceDefinition(attributes);
    }

    /** "overall", "modality=CT", or "modality=CT x patient_sex=F": stable, for tables and logs. */
    public String display() {
        if (attributes.isEmpty()) {
            return "overall";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                out.append(" x ");
            }
            out.append(attributes.get(i)).append('=').append(values.get(i));
        }
        return out.toString();
    }

    /** Overall first, then one-way before two-way, then by attribute names, then by values. */
    @Override
    public int compareTo(SliceKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return display();
    }

    private static List<String> nullableList(String... values) {
        // List.of rejects nulls; a null value is legal input here (it becomes UNKNOWN).
        List<String> list = new ArrayList<>(values.length);
        for (String value : values) {
            list.add(value);
        }
        return list;
    }
}
