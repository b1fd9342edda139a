package io.radlake.eval.slices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The slices one evaluation reports: overall first, then one one-way slice per attribute in the order given, then
 * the two-way slices in the order given. Both attributes of a pair must also be one-way attributes, so that every
 * row and column total of a two-way table is itself a published slice (or a suppressed one) and complementary
 * suppression can protect it.
 *
 * @param definitions overall, one-way and two-way definitions in report order
 */
public record SlicePlan(List<SliceDefinition> definitions) {

    /** Sex, age band, modality, body part and site: the default slice attributes. */
    public static final List<String> DEFAULT_ATTRIBUTES = List.of("patient_sex", "age_band", "modality",
            "body_part", "site_id");

    /** Modality x sex, the example of a two-way slice. */
    public static final List<List<String>> DEFAULT_PAIRS = List.of(List.of("modality", "patient_sex"));

    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public SlicePlan {
        definitions = List.copyOf(definitions);
    }

    /** The default attributes and pairs. */
    public static SlicePlan defaults() {
        return of(DEFAULT_ATTRIBUTES, DEFAULT_PAIRS);
    }

    /**
     * @param attributes one-way slice attributes: column names, none repeated (may be empty: overall only)
     * @param pairs      two-way slices, each exactly two different attributes from {@code attributes}; a pair
     *                   must not repeat another in either order
     */
    public static SlicePlan of(List<String> attributes, List<List<String>> pairs) {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(pairs, "pairs");
        List<SliceDefinition> definitions = new ArrayList<>();
        definitions.add(SliceDefinition.OVERALL);
        Set<String> seen = new HashSet<>();
        for (String attribute : attributes) {
            checkName(attribute);
            if (!seen.add(attribute)) {
                throw new IllegalArgumentException("slice attribute '" + attribute + "' is named twice; attributes: "
                        + attributes);
            }
            definitions.add(SliceDefinition.oneWay(attribute));
        }
        Set<Set<String>> seenPairs = new HashSet<>();
        for (List<String> pair : pairs) {
            if (pair == null || pair.size() != 2) {
                throw new IllegalArgumentException("a two-way slice names exactly 2 attributes, got: " + pair);
            }
            for (String attribute : pair) {
                checkName(attribute);
                if (!seen.contains(attribute)) {
                    throw new IllegalArgumentException("two-way slice " + pair + " names '" + attribute
                            + "', which is not a slice attribute; add it to the attributes " + attributes);
                }
            }
            if (pair.get(0).equals(pair.get(1))) {
                throw new IllegalArgumentException("a two-way slice needs two different attributes, got: " + pair);
            }
            if (!seenPairs.add(Set.copyOf(pair))) {
                throw new IllegalArgumentException("two-way slice " + pair + " is named twice (in either order)");
            }
            definitions.add(SliceDefinition.twoWay(pair.get(0), pair.get(1)));
        }
        return new SlicePlan(definitions);
    }

    /** The groups (one per definition, overall first) an example with attribute values {@code row} belongs to. */
    public List<SliceKey> keysOf(Map<String, String> row) {
        List<SliceKey> keys = new ArrayList<>(definitions.size());
        for (SliceDefinition definition : definitions) {
            keys.add(definition.keyOf(row));
        }
        return keys;
    }

    /** Every attribute the plan reads, in plan order. */
    public List<String> attributes() {
        List<String> attributes = new ArrayList<>();
        for (SliceDefinition definition : definitions) {
            if (definition.arity() == 1) {
                attributes.add(definition.attributes().get(0));
            }
        }
        return List.copyOf(attributes);
    }

    private static void checkName(String attribute) {
        if (attribute == null || !COLUMN_NAME.matcher(attribute).matches()) {
            throw new IllegalArgumentException("slice attribute names are column names (letters, digits and _, not "
                    + "starting with a digit), got: " + (attribute == null ? "null" : "'" + attribute + "'"));
        }
    }
}
