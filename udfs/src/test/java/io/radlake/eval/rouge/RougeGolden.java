package io.radlake.eval.rouge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the rouge-score fixture under golden/rouge/ (see src/test/python/make_rouge_golden.py). */
final class RougeGolden {
    static final ObjectMapper JSON = new ObjectMapper();

    record Pair(int id, String category, String reference, String prediction) {
    }

    private RougeGolden() {
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode node : jsonLines("pairs.jsonl")) {
            pairs.add(new Pair(node.get("id").asInt(), node.get("category").asText(),
                    node.get("reference").asText(), node.get("prediction").asText()));
        }
        return pairs;
    }

    static List<JsonNode> expected() {
        return jsonLines("expected.jsonl");
    }

    static List<JsonNode> stems() {
        return jsonLines("stems.jsonl");
    }

    static JsonNode bootstrap() {
        try (InputStream in = open("bootstrap.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Score score(JsonNode node) {
        return new Score(node.get("p").asDouble(), node.get("r").asDouble(), node.get("f").asDouble());
    }

    private static List<JsonNode> jsonLines(String name) {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    private static InputStream open(String name) {
        InputStream in = RougeGolden.class.getResourceAsStream("/golden/rouge/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource golden/rouge/" + name);
        }
        return in;
    }
}
