package io.radlake.dataset.export;

import static io.radlake.dataset.export.Fixtures.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlWritersTest {

    @TempDir
    Path tmp;

    private final ExportExample withSystem = example("k1", "train", "CT", "Summarize the findings.",
            "FINDINGS: \"bleed\"\nnone", "No bleed.", "You are careful.", 5, 2);
    private final ExportExample noInput = example("k2", "train", "CT", "List devices.", null, "None.", null, 2, 1);

    @Test
    void alpacaLineHasFixedKeysAndOrder() {
        assertThat(JsonlWriters.alpacaLine(withSystem)).isEqualTo(
                "{\"instruction\":\"Summarize the findings.\",\"input\":\"FINDINGS: \\\"bleed\\\"\\nnone\","
                        + "\"output\":\"No bleed.\"}");
        assertThat(JsonlWriters.alpacaLine(noInput))
                .isEqualTo("{\"instruction\":\"List devices.\",\"input\":\"\",\"output\":\"None.\"}");
    }

    @Test
    void chatLineHasSystemUserAssistantWithBlankLineBetweenInstructionAndInput() {
        assertThat(JsonlWriters.chatLine(withSystem)).isEqualTo("{\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are careful.\"},"
                + "{\"role\":\"user\",\"content\":\"Summarize the findings.\\n\\nFINDINGS: \\\"bleed\\\"\\nnone\"},"
                + "{\"role\":\"assistant\",\"content\":\"No bleed.\"}]}");
    }

    @Test
    void chatLineOmitsAbsentSystemPromptAndEmptyInput() {
        assertThat(JsonlWriters.chatLine(noInput)).isEqualTo("{\"messages\":["
                + "{\"role\":\"user\",\"content\":\"List devices.\"},"
                + "{\"role\":\"assistant\",\"content\":\"None.\"}]}");
        ExportExample emptySystem = example("k3", "train", "CT", "I.", "x", "o", "", 1, 1);
        assertThat(JsonlWriters.chatLine(emptySystem)).startsWith("{\"messages\":[{\"role\":\"user\"");
    }

    @Test
    void writesUtf8LinesEndedByNewlineInTheGivenOrderAndReportsTheirHash() throws Exception {
        Path file = tmp.resolve("train.chat.jsonl");
        List<ExportExample> examples = Fixtures.train();
        FileDigest digest = JsonlWriters.write(file, ExportFormat.CHAT, examples.iterator());

        byte[] bytes = Files.readAllBytes(file);
        assertThat(digest.lines()).isEqualTo(4);
        assertThat(digest.bytes()).isEqualTo(bytes.length);
        assertThat(digest.sha256()).isEqualTo(Sha256.ofFile(file));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain(" \n");
        assertThat(text).contains("caf\u00e9-au-lait"); // raw UTF-8, not \\u escapes
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode messages = json.readTree(lines.get(i)).get("messages");
            ExportExample e = examples.get(i);
            JsonNode last = messages.get(messages.size() - 1);
            assertThat(last.get("role").asText()).isEqualTo("assistant");
            assertThat(last.get("content").asText()).isEqualTo(e.output());
            assertThat(messages.get(messages.size() - 2).get("content").asText())
                    .isEqualTo(JsonlWriters.userContent(e));
        }
    }

    @Test
    void sameExamplesGiveTheSameBytes() throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        FileDigest da = JsonlWriters.write(a, ExportFormat.ALPACA, Fixtures.test().iterator());
        FileDigest db = JsonlWriters.write(b, ExportFormat.ALPACA, Fixtures.test().iterator());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(da).isEqualTo(db);
    }

    @Test
    void refusesToOverwriteAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.jsonl"), "old");
        assertThatThrownBy(() -> JsonlWriters.write(file, ExportFormat.ALPACA, Fixtures.test().iterator()))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void exampleValidationNamesFieldsNotValues() {
        assertThatThrownBy(() -> example("k", "Train", "CT", "i", "x", "o", null, 1, 1))
                .hasMessageContaining("split must match");
        assertThatThrownBy(() -> example("k", "train", "CT", " ", "secret report text", "o", null, 1, 1))
                .hasMessage("instruction must be a non-blank string");
        assertThatThrownBy(() -> example("k", "train", "CT", "i", "x", "o", null, -1, 1))
                .hasMessageContaining("must be >= 0");
    }
}
