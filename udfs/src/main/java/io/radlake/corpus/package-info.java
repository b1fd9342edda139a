/**
 * Synthetic radiology report corpora with exact PHI ground truth.
 *
 * <h2>API</h2>
 * <pre>{@code
 * CorpusSpec spec = new CorpusSpec(seed, reports, CorpusFormat.CSV, outputDir)   // 100_000 per file, nothing broken
 *         .withReportsPerFile(50_000)
 *         .withBroken(0.02, BrokenKind.parseList("EMPTY_TEXT,BAD_ENCODING"));   // null or "" = all kinds
 * CorpusSummary summary = new CorpusWriter().write(spec);
 *
 * GeneratedReport report = new ReportGenerator(seed).generate(index);          // one report, in memory
 * }</pre>
 *
 * <h2>Output layout (the ingest job's contract)</h2>
 * Columns, always in this order: {@code report_id, patient_id, accession_number, study_datetime, modality,
 * body_part, site_id, patient_sex, patient_age, race_ethnicity, insurance_type, encounter_type, priority,
 * scanner_manufacturer, report_text}; TEXT manifests have {@code file} in place of report_text.
 * study_datetime is {@code 2021-03-14T10:22:00}; patient_age an integer.
 * <ul>
 *   <li>CSV: {@code reports-00000.csv, ...}, header row, RFC 4180, report_text always quoted, records end
 *       with LF, newlines inside report_text are LF.</li>
 *   <li>JSONL: {@code reports-00000.jsonl, ...}, one object per line, patient_age a number.</li>
 *   <li>PARQUET: {@code reports-00000.parquet, ...}, snappy; {@code optional binary (STRING)} columns except
 *       {@code patient_age optional int32}.</li>
 *   <li>TEXT: {@code reports/RPT-000000001.txt, ...} (report text bytes only) and
 *       {@code manifest-00000.csv, ...}; the .txt name always follows the record's own index.</li>
 *   <li>Always: {@code _ground_truth/phi_spans-00000.jsonl, ...} (one per data shard, lines
 *       {@code {"report_id":"RPT-000000001","category":"DATE","start":12,"end":22}}, UTF-16 offsets into
 *       report_text), {@code _broken_records.jsonl} and {@code _corpus.json}.</li>
 * </ul>
 *
 * <h2>Broken records</h2>
 * {@code _broken_records.jsonl} lines: {@code {"file":"reports-00000.csv","record_number":17,
 * "report_id":"RPT-000000017","kind":"EMPTY_TEXT"}} (DUPLICATE_ID_DIFFERENT_TEXT adds
 * {@code "duplicate_of_record":N}); record_number is 1-based within the file (CSV/JSONL data records,
 * Parquet rows, TEXT manifest rows). See {@link io.radlake.corpus.BrokenKind} for each kind per format.
 * Ground truth of broken records: MISSING_REQUIRED_FIELD keeps all spans; OVERSIZED_TEXT lists the spans of
 * every repeated copy; BAD_ENCODING keeps the spans before the corrupt line; DUPLICATE_ID_DIFFERENT_TEXT,
 * TRUNCATED_RECORD and EMPTY_TEXT list none (so spans keyed by report_id always belong to the original).
 */
package io.radlake.corpus;
