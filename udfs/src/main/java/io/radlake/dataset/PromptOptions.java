package io.radlake.dataset;

import java.io.Serializable;

/**
 * How examples are rendered.
 *
 * @param seed           chooses the template per example (with the example key); the same seed gives the same
 *                       choices on every run
 * @param includeContext whether the input carries the indication and comparison lines before the findings
 * @param systemPrompt   the system message for chat formats; empty for none, never null
 */
public record PromptOptions(long seed, boolean includeContext, String systemPrompt) implements Serializable {

    public static final String DEFAULT_SYSTEM_PROMPT = "You are an expert radiologist. Write the impression of a"
            + " radiology report from its findings: concise, clinically relevant, in the style of a radiology report.";

    public PromptOptions {
        if (systemPrompt == null) {
            throw new IllegalArgumentException("systemPrompt must not be null (use \"\" for no system prompt)");
        }
    }

    /** The default system prompt, findings only. */
    public static PromptOptions defaults(long seed) {
        return new PromptOptions(seed, false, DEFAULT_SYSTEM_PROMPT);
    }

    public PromptOptions withContext(boolean include) {
        return new PromptOptions(seed, include, systemPrompt);
    }
}
