/**
 * De-identification engine, usable without Spark: detection ({@link io.radlake.deid.PhiDetector}), replacement with
 * tags or keyed surrogates, per-patient date shifting and keyed pseudonyms.
 */
package io.radlake.deid;
