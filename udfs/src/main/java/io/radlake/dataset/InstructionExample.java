package io.radlake.dataset;

import java.io.Serializable;
import java.util.Objects;

/**
 * One instruction-tuning example in Alpaca form (instruction, input, output) plus the system prompt for chat
 * formats; the export package writes it out.
 *
 * @param exampleKey   {@link ExampleKey#value()}
 * @param templateId   the id of the {@link InstructionTemplate} the instruction came from
 * @param systemPrompt the system message for chat formats (may be empty, never null)
 * @param instruction  the task
 * @param input        the findings, with the indication and comparison lines when context is included
 * @param output       the impression
 */
public record InstructionExample(
        String exampleKey,
        String templateId,
        String systemPrompt,
        String instruction,
        String input,
        String output) implements Serializable {

    public InstructionExample {
        Objects.requireNonNull(exampleKey, "exampleKey");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }
}
