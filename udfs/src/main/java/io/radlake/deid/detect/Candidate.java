package io.radlake.deid.detect;

import io.radlake.phi.PhiCategory;

/**
 * A possible finding before overlaps are resolved. Higher {@code priority} wins an overlap; equal priorities
 * go to the longer span.
 */
public record Candidate(PhiCategory category, int start, int end, String rule, int priority) {

    /** Labelled pattern: the label fixed the category. */
    public static final int LABELLED = 50;
    /** Pattern by shape alone. */
    public static final int SHAPE = 40;
    /** Name found from context words around it ("Dr.", "signed by", "MD"). */
    public static final int CONTEXT = 30;
    /** Institution or place found from keywords and layout ("... Medical Center", "City, ST"). */
    public static final int PLACE = 25;
    /** Name shaped from dictionary words ("First M. Last", "Last, First"). */
    public static final int DICTIONARY_SHAPE = 20;
    /** Found by a dictionary alone. */
    public static final int DICTIONARY = 10;

    public int length() {
        return end - start;
    }
}
