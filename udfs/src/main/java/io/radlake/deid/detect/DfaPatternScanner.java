package io.radlake.deid.detect;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;

import java.util.ArrayList;
import java.util.List;

/**
 * All pattern rules as one minimal DFA, run once over the text: from every word start it walks while any rule
 * can still match and remembers where rules accept; the longest accepted end whose rule check passes wins
 * (leftmost-longest, non-overlapping). Each rule's expression is followed by its own private-use marker char
 * in the union, so one table lookup per rule tells which rules accept in a state, without re-running them.
 * Immutable and thread-safe: RunAutomaton is read-only after construction.
 */
public final class DfaPatternScanner implements PatternScanner {

    private static final char MARKER_BASE = '\uE000';
    private static final int MAX_RULES = 64;

    private final List<PatternRule> rules;
    private final RunAutomaton union;
    /** The union as a dense table over raw chars: what the scan steps through. */
    private final DenseDfa dense;
    /** Per dense state: bit i set when rule i accepts in that state. */
    private final long[] acceptingRules;
    private final RunAutomaton[] prefixes;
    private final RunAutomaton[] rests;
    private final RunAutomaton[] values;
    private final RunAutomaton[] suffixes;

    public DfaPatternScanner(List<PatternRule> rules) {
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("pattern rule count must be 1.." + MAX_RULES + ", got: " + rules.size());
        }
        this.rules = List.copyOf(rules);
        int n = rules.size();
        prefixes = new RunAutomaton[n];
        rests = new RunAutomaton[n];
        values = new RunAutomaton[n];
        suffixes = new RunAutomaton[n];
        List<Automaton> tagged = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PatternRule rule = rules.get(i);
            Automaton full = compile(rule.name(), rule.fullExpression());
            tagged.add(full.concatenate(Automaton.makeChar((char) (MARKER_BASE + i))));
            if (rule.prefix() != null) {
                prefixes[i] = run(compile(rule.name(), rule.prefix()));
                rests[i] = run(compile(rule.name(), "(" + rule.value() + ")" + group(rule.suffix())));
            }
            if (rule.suffix() != null) {
                values[i] = run(compile(rule.name(), rule.value()));
                suffixes[i] = run(compile(rule.name(), rule.suffix()));
            }
        }
        Automaton all = Automaton.union(tagged);
        all.determinize();
        all.minimize();
        union = new RunAutomaton(all, true);
        dense = new DenseDfa(union);
        acceptingRules = new long[union.getSize() + 1]; // indexed by dense state; the dead state accepts nothing
        for (int state = 0; state < union.getSize(); state++) {
            long mask = 0;
            for (int i = 0; i < n; i++) {
                int next = union.step(state, (char) (MARKER_BASE + i));
                if (next >= 0 && union.isAccept(next)) {
                    mask |= 1L << i;
                }
            }
            acceptingRules[state + 1] = mask;
        }
    }

    /** Number of states of the combined DFA (for the benchmark report). */
    public int stateCount() {
        return union.getSize();
    }

    @Override
    public void scan(String text, List<Candidate> out) {
        scan(text, text.toCharArray(), out);
    }

    /** Reads {@code chars}, an array: no per-char String coder and bounds checks. */
    @Override
    public void scan(String text, char[] chars, List<Candidate> out) {
        int n = chars.length;
        int[] ends = new int[16];
        long[] masks = new long[16];
        int i = 0;
        while (i < n) {
            int state = dense.step(dense.initial(), chars[i]);
            if (state == DenseDfa.DEAD || !Boundaries.canStart(chars, i)) {
                i = afterStart(chars, i);
                continue; // no rule starts with this char, or not at a word boundary
            }
            int found = 0;
            for (int j = i + 1; ; j++) {
                long mask = acceptingRules[state];
                if (mask != 0 && Boundaries.canEnd(chars, j)) {
                    if (found == ends.length) {
                        ends = java.util.Arrays.copyOf(ends, found * 2);
                        masks = java.util.Arrays.copyOf(masks, found * 2);
                    }
                    ends[found] = j;
                    masks[found] = mask;
                    found++;
                }
                if (j == n) {
                    break;
                }
                int next = dense.step(state, chars[j]);
                if (next == state && mask == 0) {
                    // A state that loops on this char and accepts nothing (the middle of a word that could
                    // still become an e-mail or a domain): skip the run of looping chars without the
                    // state-to-state dependency of one step per char; nothing can be recorded inside it.
                    while (j + 1 < n && dense.step(state, chars[j + 1]) == state) {
                        j++;
                    }
                    continue;
                }
                state = next;
                if (state == DenseDfa.DEAD) {
                    break;
                }
            }
            int matchedEnd = emitLongest(text, i, ends, masks, found, out);
            i = matchedEnd > i ? matchedEnd : afterStart(chars, i);
        }
    }

    /**
     * The next position that may start a match after a failed start at i: no match starts inside a word (the
     * boundary rule), so from a letter or digit the rest of its word is skipped with one lookup per char instead
     * of a DFA step and a boundary test per char.
     */
    private static int afterStart(char[] chars, int i) {
        int next = i + 1;
        if (Chars.isWordChar(chars[i])) {
            while (next < chars.length && Chars.isWordChar(chars[next])) {
                next++;
            }
        }
        return next;
    }

    /** Tries accepted ends from the longest; returns the end of the emitted match, or -1. */
    private int emitLongest(String text, int start, int[] ends, long[] masks, int found, List<Candidate> out) {
        for (int k = found - 1; k >= 0; k--) {
            long mask = masks[k];
            while (mask != 0) {
                int ruleIndex = Long.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                if (emit(ruleIndex, text, start, ends[k], out)) {
                    return ends[k];
                }
            }
        }
        return -1;
    }

    private boolean emit(int ruleIndex, String text, int start, int end, List<Candidate> out) {
        PatternRule rule = rules.get(ruleIndex);
        int valueStart = start;
        if (rule.prefix() != null) {
            valueStart = splitPoint(prefixes[ruleIndex], rests[ruleIndex], text, start, end);
            if (valueStart < 0) {
                return false;
            }
        }
        int valueEnd = end;
        if (rule.suffix() != null) {
            valueEnd = splitPoint(values[ruleIndex], suffixes[ruleIndex], text, valueStart, end);
            if (valueEnd < 0) {
                return false;
            }
        }
        if (valueEnd <= valueStart) {
            return false;
        }
        return PatternEmitter.emit(rule, text, start, valueStart, valueEnd, out);
    }

    /** The largest p with head accepting [from, p) and tail accepting [p, to), or -1. */
    private static int splitPoint(RunAutomaton head, RunAutomaton tail, String text, int from, int to) {
        int state = head.getInitialState();
        int best = -1;
        for (int p = from; ; p++) {
            if (head.isAccept(state) && accepts(tail, text, p, to)) {
                best = p;
            }
            if (p == to) {
                break;
            }
            state = head.step(state, Chars.fold(text.charAt(p)));
            if (state < 0) {
                break;
            }
        }
        return best;
    }

    private static boolean accepts(RunAutomaton automaton, String text, int from, int to) {
        int state = automaton.getInitialState();
        for (int p = from; p < to; p++) {
            state = automaton.step(state, Chars.fold(text.charAt(p)));
            if (state < 0) {
                return false;
            }
        }
        return automaton.isAccept(state);
    }

    private static Automaton compile(String ruleName, String expression) {
        try {
            return new RegExp(expression, RegExp.NONE).toAutomaton();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pattern rule " + ruleName + " has an invalid expression: "
                    + e.getMessage(), e);
        }
    }

    private static RunAutomaton run(Automaton automaton) {
        automaton.minimize();
        return new RunAutomaton(automaton, true);
    }

    private static String group(String part) {
        return part == null ? "" : "(" + part + ")";
    }
}
