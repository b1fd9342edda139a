package io.radlake.corpus;

/**
 * A reporting site: its institution identifiers (all PHI when they appear in text), the mix of exams
 * and encounters it sees, and its house style.
 *
 * @param accessionStyle 0 "ACC-A12345678", 1 "ACC-2021-12345678", 2 "ACC-12345678", 3 "ACC-ED21-12345678"
 * @param primaryVendor  manufacturer of most of its CT and MR scanners
 */
record Site(
        int index,
        String siteId,
        String institution,
        String department,
        String street,
        Vocabulary.City city,
        String zip,
        String phoneDigits,
        String faxDigits,
        String webDomain,
        String ipPrefix,
        int accessionStyle,
        Weighted<ExamType> exams,
        Weighted<String> encounterTypes,
        String primaryVendor,
        SiteStyle style,
        IdentifierRates rates) {
}
