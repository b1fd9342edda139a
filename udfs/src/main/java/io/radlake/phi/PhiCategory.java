package io.radlake.phi;

/**
 * HIPAA Safe Harbor identifier categories that occur in radiology reports.
 *
 * <p>Span conventions (what a {@code PhiSpan} of each category covers):
 * <ul>
 *   <li>NAME: the name only ("Jane Q. Smith", "Smith, Jane", "J. Smith", initials "JQS"); titles ("Dr.", "Mr.")
 *       and credentials ("MD") stay outside the span.</li>
 *   <li>DATE: the whole date expression in any of its formats ("March 14, 2021", "20210314").</li>
 *   <li>TIME: the clock value with its AM/PM marker ("10:22 AM", "1422"); a following "hours" stays outside.</li>
 *   <li>AGE: only ages over 89, digits only ("92" in "92-year-old").</li>
 *   <li>STREET_ADDRESS, CITY, STATE, ZIP: one span each, separators (", ") outside.</li>
 *   <li>Everything else: the identifier value without its label ("MRN: " stays outside).</li>
 * </ul>
 */
public enum PhiCategory {
    NAME,
    DATE,
    TIME,
    AGE,
    MRN,
    ACCESSION,
    SSN,
    OTHER_ID,
    PHONE,
    FAX,
    EMAIL,
    URL,
    IP_ADDRESS,
    STREET_ADDRESS,
    CITY,
    STATE,
    ZIP,
    INSTITUTION,
    DEVICE_SERIAL
}
