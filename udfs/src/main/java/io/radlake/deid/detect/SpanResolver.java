package io.radlake.deid.detect;

import io.radlake.deid.PhiFinding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns overlapping candidates into sorted, non-overlapping findings: higher priority first, then longer spans;
 * a candidate that overlaps accepted ones keeps its largest uncovered piece (a name that ran into a date still
 * redacts the name), or is dropped when nothing but whitespace and punctuation is left.
 */
final class SpanResolver {

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::priority).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::start);

    private static final Comparator<Candidate> BY_START = Comparator.comparingInt(Candidate::start)
            .thenComparingInt(Candidate::end);

    private SpanResolver() {
    }

    /** The findings when candidates only coincide (same span) and never partly overlap; else null. */
    private static List<PhiFinding> disjointFindings(List<Candidate> byStart) {
        List<PhiFinding> findings = new ArrayList<>(byStart.size());
        Candidate previous = null;
        for (Candidate candidate : byStart) {
            if (previous != null && candidate.start() == previous.start() && candidate.end() == previous.end()) {
                if (candidate.priority() > previous.priority()) {
                    findings.set(findings.size() - 1, finding(candidate));
                    previous = candidate;
                }
                continue;
            }
            if (previous != null && candidate.start() < previous.end()) {
                return null;
            }
            findings.add(finding(candidate));
            previous = candidate;
        }
        return findings;
    }

    private static PhiFinding finding(Candidate candidate) {
        return new PhiFinding(candidate.category(), candidate.start(), candidate.end(), candidate.rule());
    }

    static List<PhiFinding> resolve(String text, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(BY_START);
        List<PhiFinding> fast = disjointFindings(ordered);
        if (fast != null) {
            return fast; // the common case: nothing to arbitrate but rules that found the same span
        }
        ordered.sort(PREFERENCE);
        boolean[] covered = new boolean[text.length()];
        List<PhiFinding> accepted = new ArrayList<>(ordered.size());
        for (Candidate candidate : ordered) {
            int bestStart = -1;
            int bestEnd = -1;
            int runStart = -1;
            for (int i = candidate.start(); i <= candidate.end(); i++) {
                boolean free = i < candidate.end() && !covered[i];
                if (free && runStart < 0) {
                    runStart = i;
                } else if (!free && runStart >= 0) {
                    if (i - runStart > bestEnd - bestStart) {
                        bestStart = runStart;
                        bestEnd = i;
                    }
                    runStart = -1;
                }
            }
            if (bestStart < 0) {
                continue;
            }
            if (bestEnd - bestStart < candidate.length()) {
                // Trim separators the overlap left at the edges.
                while (bestStart < bestEnd && !Chars.isWordChar(text.charAt(bestStart))) {
                    bestStart++;
                }
                while (bestEnd > bestStart && !Chars.isWordChar(text.charAt(bestEnd - 1))) {
                    bestEnd--;
                }
                if (bestEnd <= bestStart) {
                    continue;
                }
            }
            for (int i = bestStart; i < bestEnd; i++) {
                covered[i] = true;
            }
            accepted.add(new PhiFinding(candidate.category(), bestStart, bestEnd, candidate.rule()));
        }
        accepted.sort(Comparator.comparingInt(PhiFinding::start));
        return accepted;
    }
}
