package io.radlake.deid;

/** Coarse age bands for bias slices; ages over 89 collapse into "90+" as Safe Harbor requires. */
public final class AgeBand {

    private AgeBand() {
    }

    /** "0-17", "18-39", "40-64", "65-89" or "90+"; null for a null or negative age. */
    public static String of(Integer age) {
        if (age == null || age < 0) {
            return null;
        }
        if (age < 18) {
            return "0-17";
        }
        if (age < 40) {
            return "18-39";
        }
        if (age < 65) {
            return "40-64";
        }
        return age < 90 ? "65-89" : "90+";
    }
}
