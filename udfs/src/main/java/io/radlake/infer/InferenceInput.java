package io.radlake.infer;

/** One example to generate an impression for: the instruction and the input (findings, maybe with context lines). */
public record InferenceInput(String instruction, String input) {
    public InferenceInput {
        instruction = instruction == null ? "" : instruction;
        input = input == null ? "" : input;
    }
}
