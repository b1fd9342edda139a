package io.radlake.eval.slices;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which attributes a slice groups by: none (overall), one (one-way, e.g. modality) or two (two-way, e.g. modality x
 * patient_sex). Two is the most: {@link SuppressionPolicy} protects rows and columns of two-way tables, not
 * higher-order cubes.
 *
 * @param attributes attribute names in display order, none repeated
 */
public record SliceDefinition(List<String> attributes) {

    public static final SliceDefinition OVERALL = new SliceDefinition(List.of());

    public static final int MAX_ARITY = 2;

    public SliceDefinition {
        Objects.requireNonNull(attributes, "attributes");
        attributes = List.copyOf(attributes);
        if (attributes.size() > MAX_ARITY) {
            throw new IllegalArgumentException("a slice groups by at most " + MAX_ARITY + " attributes, got "
                    + attributes.size() + ": " + attributes);
        }
        if (attributes.stream().distinct().count() != attributes.size()) {
            throw new IllegalArgumentException("a slice must not repeat an attribute, got: " + attributes);
        }
    }

    public static SliceDefinition oneWay(String attribute) {
        return new SliceDefinition(List.of(attribute));
    }

    public static SliceDefinition twoWay(String first, String second) {
        return new SliceDefinition(List.of(first, second));
    }

    public int arity() {
        return attributes.size();
    }

    /** "overall", "modality" or "modality x patient_sex". */
    public String name() {
        return attributes.isEmpty() ? "overall" : String.join(" x ", attributes);
    }

    /**
     * The group of an example whose attribute values are {@code row}. A null or blank value is
     * {@link SliceKey#UNKNOWN}; an attribute missing from the map altogether is an error (a wrong column name, not
     * a missing value).
     */
    public SliceKey keyOf(Map<String, String> row) {
        Objects.requireNonNull(row, "row");
        String[] values = new String[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            String attribute = attributes.get(i);
            if (!row.containsKey(attribute)) {
                throw new IllegalArgumentException("example has no attribute '" + attribute + "' (slice "
                        + name() + "); it has: " + row.keySet());
            }
            values[i] = row.get(attribute);
        }
        return new SliceKey(attributes, Arrays.asList(values));
    }

    @Override
    public String toString() {
        return name();
    }
}
