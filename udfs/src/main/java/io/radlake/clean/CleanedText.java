package io.radlake.clean;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link TextCleaner#clean}: the cleaned text and the steps that changed something (for counts in
 * run metrics; no removed text is kept).
 *
 * @param text         the cleaned text; null when the input was null
 * @param changedSteps steps whose output differed from their input
 */
public record CleanedText(String text, Set<CleaningStep> changedSteps) {

    public CleanedText {
        Objects.requireNonNull(changedSteps, "changedSteps must not be null; use an empty set");
        changedSteps = changedSteps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changedSteps));
    }

    public boolean changed(CleaningStep step) {
        return changedSteps.contains(step);
    }
}
