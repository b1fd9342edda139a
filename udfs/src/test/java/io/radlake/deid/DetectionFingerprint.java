package io.radlake.deid;

import io.radlake.corpus.ReportGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over every finding of a detector on the generated corpus, so that a faster engine can prove it finds
 * exactly what the old one found. Per report (in index order) the findings are sorted by start, end, category and
 * rule and hashed as lines {@code seed \t index \t category \t start \t end \t rule \n} (UTF-8).
 *
 * <p>To re-baseline after a deliberate rule change:
 * {@code mvn -q -o -pl udfs test-compile && java -cp udfs/target/classes:udfs/target/test-classes:$(cat cp.txt)
 * io.radlake.deid.DetectionFingerprint} (cp.txt from {@code mvn -o -pl udfs dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}), then paste the printed hash into {@code DetectionEquivalenceTest}.
 */
public final class DetectionFingerprint {

    /** The corpus slices of the equivalence test: the same ones {@code DetectionQualityTest} scores. */
    static final long[][] SLICES = {{42, 3000}, {7, 1500}};

    private static final Comparator<PhiFinding> ORDER = Comparator.comparingInt(PhiFinding::start)
            .thenComparingInt(PhiFinding::end)
            .thenComparing(PhiFinding::category)
            .thenComparing(PhiFinding::rule);

    private DetectionFingerprint() {
    }

    /** Hex SHA-256 of the findings of {@code detector} on every slice of {@link #SLICES}. */
    static String of(PhiDetector detector) {
        return of(detector, SLICES);
    }

    /** @param slices {seed, report count} pairs: reports 0..count-1 of each seed, in this order */
    static String of(PhiDetector detector, long[][] slices) {
        MessageDigest digest = sha256();
        StringBuilder line = new StringBuilder(64);
        for (long[] slice : slices) {
            long seed = slice[0];
            ReportGenerator generator = new ReportGenerator(seed);
            for (int index = 0; index < slice[1]; index++) {
                List<PhiFinding> findings = new ArrayList<>(detector.detect(generator.generate(index).reportText()));
                findings.sort(ORDER);
                for (PhiFinding finding : findings) {
                    line.setLength(0);
                    line.append(seed).append('\t').append(index).append('\t').append(finding.category()).append('\t')
                            .append(finding.start()).append('\t').append(finding.end()).append('\t')
                            .append(finding.rule()).append('\n');
                    digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Prints the fingerprint of {@code RuleBasedPhiDetector.standard()}. */
    public static void main(String[] args) {
        System.out.println(of(RuleBasedPhiDetector.standard()));
    }
}
