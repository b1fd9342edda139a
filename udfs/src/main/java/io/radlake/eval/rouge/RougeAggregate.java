package io.radlake.eval.rouge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Corpus-level ROUGE: one {@link AggregateScore} per type, in the scorer's type order.
 *
 * @param pairs  how many scored pairs were aggregated
 * @param byType the aggregate of each type
 */
public record RougeAggregate(int pairs, Map<RougeType, AggregateScore> byType) {

    public RougeAggregate {
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    public AggregateScore get(RougeType type) {
        AggregateScore score = byType.get(type);
        if (score == null) {
            throw new IllegalArgumentException("ROUGE type " + type.key() + " was not aggregated, aggregated: "
                    + byType.keySet());
        }
        return score;
    }

    /** Mean F1 of {@code type} over all pairs. */
    public double meanF1(RougeType type) {
        return get(type).mean().fmeasure();
    }
}
