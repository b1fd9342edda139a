package io.radlake.eval.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The scores of one prediction/reference pair, one {@link Score} per requested {@link RougeType}, in the order the
 * scorer was configured with (rouge-score's bootstrap draws its samples type by type in that order). Immutable.
 */
public final class RougeScores {
    private final Map<RougeType, Score> byType;

    public RougeScores(Map<RougeType, Score> byType) {
        if (byType.isEmpty()) {
            throw new IllegalArgumentException("scores must hold at least one ROUGE type, got none");
        }
        this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** The score of {@code type}; throws when that type was not computed. */
    public Score get(RougeType type) {
        Score score = byType.get(type);
        if (score == null) {
            throw new IllegalArgumentException("ROUGE type " + type.key() + " was not computed, computed: "
                    + byType.keySet());
        }
        return score;
    }

    public Set<RougeType> types() {
        return byType.keySet();
    }

    public Map<RougeType, Score> asMap() {
        return byType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RougeScores scores && byType.equals(scores.byType);
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }

    @Override
    public String toString() {
        return "RougeScores" + byType;
    }
}
