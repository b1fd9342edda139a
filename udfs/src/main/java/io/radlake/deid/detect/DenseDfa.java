package io.radlake.deid.detect;

import dk.brics.automaton.RunAutomaton;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DFA over raw text chars as one dense table: the folding of {@link Chars} and the automaton's char classes are
 * merged into a single char -> column map, and columns that behave alike in every state share one, so a step costs
 * two array loads (no folding, no interval search). State 0 is the dead state (every transition leads back to
 * it); live states are the automaton's states plus one. Immutable and thread-safe.
 */
final class DenseDfa {

    static final int DEAD = 0;

    /** Raw char -> column. */
    private final char[] columnOf = new char[0x10000];
    private final int columns;
    /** Row-major transitions, {@code (state * columns + column) -> state}. */
    private final char[] next;
    private final int initial;

    /** @param automaton an automaton over folded text */
    DenseDfa(RunAutomaton automaton) {
        int states = automaton.getSize() + 1;
        if (states > Character.MAX_VALUE) {
            throw new IllegalArgumentException("dense DFA must have < 65535 states, got: " + states);
        }
        char[] points = automaton.getCharIntervals();
        // One column per automaton interval that folded text can reach, merged when their transitions agree.
        Map<String, Integer> columnBySignature = new HashMap<>();
        int[] columnOfInterval = new int[points.length];
        Arrays.fill(columnOfInterval, -1);
        List<char[]> columnTransitions = new java.util.ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            char folded = Chars.fold((char) c);
            int interval = interval(points, folded);
            if (interval < 0) {
                columnOf[c] = (char) column(columnBySignature, columnTransitions, new char[states]);
                continue;
            }
            if (columnOfInterval[interval] < 0) {
                char[] transitions = new char[states];
                for (int s = 0; s < automaton.getSize(); s++) {
                    transitions[s + 1] = (char) (automaton.step(s, folded) + 1); // -1 (none) -> 0 (dead)
                }
                columnOfInterval[interval] = column(columnBySignature, columnTransitions, transitions);
            }
            columnOf[c] = (char) columnOfInterval[interval];
        }
        columns = columnTransitions.size();
        next = new char[states * columns];
        for (int column = 0; column < columns; column++) {
            char[] transitions = columnTransitions.get(column);
            for (int s = 0; s < states; s++) {
                next[s * columns + column] = transitions[s];
            }
        }
        initial = automaton.getInitialState() + 1;
    }

    private static int column(Map<String, Integer> bySignature, List<char[]> columns, char[] transitions) {
        return bySignature.computeIfAbsent(new String(transitions), key -> {
            columns.add(transitions);
            return columns.size() - 1;
        });
    }

    /** Index of the interval of {@code points} holding c, or -1 below the first point. */
    private static int interval(char[] points, char c) {
        int index = Arrays.binarySearch(points, c);
        return index >= 0 ? index : -index - 2;
    }

    int initial() {
        return initial;
    }

    /** The state after reading raw char c in {@code state}; {@link #DEAD} when no match can continue. */
    int step(int state, char c) {
        return next[state * columns + columnOf[c]];
    }

    /** Automaton state of a dense state (dense states are shifted by one for the dead state). */
    static int automatonState(int state) {
        return state - 1;
    }

    int columnCount() {
        return columns;
    }
}
