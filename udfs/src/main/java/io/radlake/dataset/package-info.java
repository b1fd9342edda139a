/**
 * The instruction-tuning dataset builder's per-row logic ({@code radlake build-dataset}), free of Spark classes and
 * serializable so it can run inside UDFs and map functions.
 *
 * <p>The job's steps, in order:
 * <ol>
 *   <li>Take the latest version of each report from {@code silver.reports_deid}.</li>
 *   <li>{@link io.radlake.dataset.ExampleFilter#checkText} per row; a reason goes to {@code gold.dataset_rejects}.</li>
 *   <li>For rows that pass: {@link io.radlake.dataset.InstructionTemplates#input} and the impression, counted by the
 *       token counter, then {@link io.radlake.dataset.ExampleFilter#checkLength}.</li>
 *   <li>Kept rows: {@link io.radlake.dataset.InstructionTemplates#render} (template chosen from seed and
 *       {@link io.radlake.dataset.ExampleKey}).</li>
 *   <li>Per patient, {@link io.radlake.dataset.PatientStratum} over the kept rows' modalities; then the exact
 *       stratified cut with {@link io.radlake.dataset.PatientSplitter#rankKey} and
 *       {@link io.radlake.dataset.PatientSplitter#splitAtRank} (see there why not the streaming
 *       {@link io.radlake.dataset.PatientSplitter#splitOf}); join the split back to the examples by patient_key.</li>
 * </ol>
 * Everything is a function of the row, the seed and the key, so reruns with the same input and seed give the same
 * examples and splits whatever the partitioning; the writers must still sort rows by example key.
 */
package io.radlake.dataset;
