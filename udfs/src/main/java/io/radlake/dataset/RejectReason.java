package io.radlake.dataset;

/**
 * Why a silver report did not become a dataset example ({@code gold.dataset_rejects.reason}). Declared in the order
 * {@link ExampleFilter#check} tests them: a report is counted under the first reason that applies, so the counts per
 * reason add up to the number of rejected reports.
 */
public enum RejectReason {

    NO_FINDINGS("the report has no findings section, or it holds no letter or digit"),
    NO_IMPRESSION("the report has no impression section, or it is blank"),
    DUPLICATE("the report is marked as an exact or near duplicate of another report (dedup_status)"),
    IMPRESSION_WITHOUT_CONTENT("the impression refers elsewhere or is a placeholder "
            + "(\"see above\", \"as above\", \"no change\", \"n/a\", punctuation only, ...)"),
    NON_ENGLISH("the findings and impression do not look like English text"),
    IMPRESSION_COPIES_FINDINGS("the impression repeats most of the findings (word n-gram containment and coverage)"),
    TOO_SHORT("the input or the output has fewer tokens than the minimum"),
    TOO_LONG("the input or the output has more tokens than the maximum");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    /** One line for the rejects table and the dataset card. */
    public String description() {
        return description;
    }
}
