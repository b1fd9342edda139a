package io.radlake.clean;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@link CleaningStep}s a {@link TextCleaner} runs. Steps always run in enum order, whatever the order given.
 *
 * @param enabledSteps the steps to run; copied, so later changes to the argument do not leak in
 */
public record CleaningOptions(Set<CleaningStep> enabledSteps) {

    public CleaningOptions {
        Objects.requireNonNull(enabledSteps, "enabledSteps must not be null; use CleaningOptions.none() to disable all");
        enabledSteps = enabledSteps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabledSteps));
    }

    /** Every step. */
    public static CleaningOptions defaults() {
        return new CleaningOptions(EnumSet.allOf(CleaningStep.class));
    }

    public static CleaningOptions none() {
        return new CleaningOptions(Set.of());
    }

    public static CleaningOptions only(CleaningStep first, CleaningStep... more) {
        return new CleaningOptions(EnumSet.of(first, more));
    }

    /** These options without {@code steps}. */
    public CleaningOptions without(CleaningStep... steps) {
        EnumSet<CleaningStep> kept = enabledSteps.isEmpty() ? EnumSet.noneOf(CleaningStep.class) : EnumSet.copyOf(enabledSteps);
        for (CleaningStep step : steps) {
            kept.remove(step);
        }
        return new CleaningOptions(kept);
    }

    public boolean enabled(CleaningStep step) {
        return enabledSteps.contains(step);
    }
}
