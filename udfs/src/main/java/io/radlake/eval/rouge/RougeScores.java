package io.radlake.eval.rouge;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one prediction/reference pair, one {@link Score} per requested {@link RougeType}, in the order the
 * scorer was configured with (rouge-score's bootstrap draws its samples type by type in that order). Immutable.
 */
public final class RougeScores {
    private final List<RougeType> types;
    private final Score[] scores;

    public RougeScores(Map<RougeType, Score> byType) {
        this(List.copyOf(byType.keySet()), byType.values().toArray(new Score[0]));
    }

    /** Takes {@code scores} as is: the scorer's hot path, one score per entry of the immutable {@code types}. */
    RougeScores(List<RougeType> types, Score[] scores) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("scores must hold at least one ROUGE type, got none");
        }
        if (types.size() != scores.length) {
            throw new IllegalArgumentException("one score per ROUGE type needed: " + types.size() + " types, "
                    + scores.length + " scores");
        }
        for (Score score : scores) {
            if (score == null) {
                throw new IllegalArgumentException("scores must not contain null");
            }
        }
        this.types = types;
        this.scores = scores;
    }

    /** The score of {@code type}; throws when that type was not computed. */
    public Score get(RougeType type) {
        for (int t = 0; t < scores.length; t++) {
            if (types.get(t) == type) {
                return scores[t];
            }
        }
        throw new IllegalArgumentException("ROUGE type " + type.key() + " was not computed, computed: " + types);
    }

    /** The computed types, in the scorer's order. */
    public List<RougeType> types() {
        return types;
    }

    /** Type to score, in the scorer's order; a new unmodifiable map per call. */
    public Map<RougeType, Score> asMap() {
        Map<RougeType, Score> map = new LinkedHashMap<>();
        for (int t = 0; t < scores.length; t++) {
            map.put(types.get(t), scores[t]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RougeScores that && types.equals(that.types) && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
        return 31 * types.hashCode() + Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "RougeScores" + asMap();
    }
}
