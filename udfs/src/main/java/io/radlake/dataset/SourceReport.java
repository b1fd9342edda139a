package io.radlake.dataset;

import java.io.Serializable;

/**
 * The columns of one {@code silver.reports_deid} row that an example is made from. Sections may be null (absent);
 * {@link ExampleFilter} decides whether the row becomes an example before it is rendered.
 */
public record SourceReport(
        String reportKey,
        String modality,
        String bodyPart,
        String indication,
        String comparison,
        String findings,
        String impression) implements Serializable {

    public SourceReport {
        if (reportKey == null) {
            throw new IllegalArgumentException("reportKey must not be null");
        }
    }

    public ExampleKey exampleKey() {
        return ExampleKey.ofReport(reportKey);
    }
}
