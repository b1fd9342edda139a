package io.radlake.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/** Test-side readers for everything the writer produces. */
final class CorpusFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFiles() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Physical lines split on LF; the data must end with LF. */
    static List<byte[]> lines(Path file) {
        byte[] data = bytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                lines.add(Arrays.copyOfRange(data, start, i));
                start = i + 1;
            }
        }
        if (start != data.length) {
            throw new IllegalStateException(file + " does not end with a newline");
        }
        return lines;
    }

    static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        for (byte[] line : lines(file)) {
            nodes.add(json(line));
        }
        return nodes;
    }

    static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict decode: throws on any malformed byte. */
    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            strictUtf8(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** One Parquet row: metadata strings (null where null), patient_age, raw report_text bytes. */
    record ParquetRow(List<String> metadata, Integer patientAge, byte[] text) {
    }

    static List<ParquetRow> parquetRows(Path file) {
        List<ParquetRow> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(file.toUri())).withConf(new Configuration()).build()) {
            for (Group group = reader.read(); group != null; group = reader.read()) {
                List<String> metadata = new ArrayList<>();
                Integer age = null;
                for (String column : CorpusColumns.METADATA) {
                    if (group.getFieldRepetitionCount(column) == 0) {
                        metadata.add(null);
                    } else if (column.equals("patient_age")) {
                        age = group.getInteger(column, 0);
                        metadata.add(Integer.toString(age));
                    } else {
                        metadata.add(group.getBinary(column, 0).toStringUsingUTF8());
                    }
                }
                byte[] text = group.getFieldRepetitionCount("report_text") == 0 ? null
                        : group.getBinary("report_text", 0).getBytes();
                rows.add(new ParquetRow(metadata, age, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static org.apache.parquet.schema.MessageType parquetSchema(Path file) {
        try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                        new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return reader.getFooter().getFileMetaData().getSchema();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir}, as sorted relative paths. */
    static List<String> allFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(path -> dir.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Metadata of {@code report} as written, in column order. */
    static List<String> metadataOf(GeneratedReport report) {
        return Arrays.asList(CorpusColumns.metadataOf(report));
    }
}
