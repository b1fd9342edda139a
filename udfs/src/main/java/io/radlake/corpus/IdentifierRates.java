package io.radlake.corpus;

/**
 * How often a site's reports carry each optional identifier. Rates are per report, 0..1.
 */
record IdentifierRates(
        double ssn,
        double patientAddress,
        double patientPhone,
        double patientEmail,
        double insuranceId,
        double encounterId,
        double scannerSerial,
        double workstationIp,
        double imageUrl,
        double contactEmail,
        double contactPhone,
        double faxCopy,
        double criticalCall,
        double addendum) {
}
