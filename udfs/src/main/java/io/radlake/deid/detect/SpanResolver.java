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

    private SpanResolver() {
    }

    /** The findings when candidates only coincide (same span) and never partly overlap; else null. */
    private static List<PhiFinding> disjointFindings(Candidate[] byStart) {
        List<PhiFinding> findings = new ArrayList<>(byStart.length);
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
        Candidate[] ordered = candidates.toArray(new Candidate[0]);
        sort(ordered, false);
        List<PhiFinding> fast = disjointFindings(ordered);
        if (fast != null) {
            return fast; // the common case: nothing to arbitrate but rules that found the same span
        }
        sort(ordered, true);
        boolean[] covered = new boolean[text.length()];
        List<PhiFinding> accepted = new ArrayList<>(ordered.length);
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

    /**
     * Stable sort (ties keep their order, as List.sort does) by start then end, or by preference: higher priority
     * first, then longer spans, then earlier starts. Static comparisons rather than Comparator chains: this runs
     * once or twice per report on a few dozen candidates, where the chained lambdas cost more than the sorting.
     */
    static void sort(Candidate[] candidates, boolean preference) {
        int n = candidates.length;
        if (n <= 32) {
            insertionSort(candidates, 0, n, preference);
            return;
        }
        Candidate[] buffer = new Candidate[n];
        for (int from = 0; from < n; from += 32) {
            insertionSort(candidates, from, Math.min(n, from + 32), preference);
        }
        Candidate[] source = candidates;
        Candidate[] target = buffer;
        for (int width = 32; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int middle = Math.min(n, from + width);
                int to = Math.min(n, from + 2 * width);
                int left = from;
                int right = middle;
                for (int k = from; k < to; k++) {
                    // Take from the right run only when strictly smaller: equal elements keep their order.
                    if (right < to && (left >= middle || compare(source[right], source[left], preference) < 0)) {
                        target[k] = source[right++];
                    } else {
                        target[k] = source[left++];
                    }
                }
            }
            Candidate[] swap = source;
            source = target;
            target = swap;
        }
        if (source != candidates) {
            System.arraycopy(source, 0, candidates, 0, n);
        }
    }

    private static void insertionSort(Candidate[] candidates, int from, int to, boolean preference) {
        for (int i = from + 1; i < to; i++) {
            Candidate candidate = candidates[i];
            int j = i - 1;
            while (j >= from && compare(candidates[j], candidate, preference) > 0) {
                candidates[j + 1] = candidates[j];
                j--;
            }
            candidates[j + 1] = candidate;
        }
    }

    private static int compare(Candidate a, Candidate b, boolean preference) {
        if (preference) {
            if (a.priority() != b.priority()) {
                return a.priority() > b.priority() ? -1 : 1;
            }
            if (a.length() != b.length()) {
                return a.length() > b.length() ? -1 : 1;
            }
            return Integer.compare(a.start(), b.start());
        }
        if (a.start() != b.start()) {
            return a.start() < b.start() ? -1 : 1;
        }
        return Integer.compare(a.end(), b.end());
    }
}
