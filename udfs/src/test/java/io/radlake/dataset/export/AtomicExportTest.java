package io.radlake.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicExportTest {

    @TempDir
    Path tmp;

    @Test
    void publishesANewFolder() throws IOException {
        Path target = tmp.resolve("exports/v1");
        AtomicExport.publish(target, dir -> Files.writeString(dir.resolve("a.txt"), "new"));
        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("new");
        assertThat(siblings(target)).containsExactly("v1");
    }

    @Test
    void replacesAnOldExportWhole() throws IOException {
        Path target = tmp.resolve("ds");
        AtomicExport.publish(target, dir -> {
            Files.writeString(dir.resolve("a.txt"), "old");
            Files.writeString(dir.resolve("only-old.txt"), "old");
        });
        AtomicExport.publish(target, dir -> Files.writeString(dir.resolve("a.txt"), "new"));
        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("new");
        assertThat(target.resolve("only-old.txt")).doesNotExist();
        assertThat(siblings(target)).containsExactly("ds");
    }

    @Test
    void aWriterThatFailsMidwayLeavesTheOldExportIntactAndNoLeftovers() throws IOException {
        Path target = tmp.resolve("ds");
        AtomicExport.publish(target, dir -> Files.writeString(dir.resolve("a.txt"), "old"));

        assertThatThrownBy(() -> AtomicExport.publish(target, dir -> {
            Files.writeString(dir.resolve("a.txt"), "half of the new");
            throw new IOException("disk full (simulated)");
        })).isInstanceOf(IOException.class).hasMessage("disk full (simulated)");
        assertThatThrownBy(() -> AtomicExport.publish(target, dir -> {
            Files.writeString(dir.resolve("b.txt"), "x");
            throw new IllegalStateException("bug (simulated)");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("old");
        assertThat(target.resolve("b.txt")).doesNotExist();
        assertThat(siblings(target)).containsExactly("ds");
    }

    @Test
    void aCrashBetweenTheRenamesIsRepairedByTheNextPublish() throws IOException {
        Path target = tmp.resolve("ds");
        // State after a crash between "target -> .ds.previous" and "staging -> target": old export aside, a staging
        // folder half written, no target.
        Path previous = Files.createDirectories(tmp.resolve(".ds.previous"));
        Files.writeString(previous.resolve("a.txt"), "old");
        Files.createDirectories(tmp.resolve(".ds.staging-dead"));

        assertThat(target).doesNotExist();

        assertThatThrownBy(() -> AtomicExport.publish(target, dir -> {
            throw new IOException("fails again");
        })).hasMessage("fails again");
        assertThat(Files.readString(target.resolve("a.txt"))).as("old export moved back").isEqualTo("old");
        assertThat(siblings(target)).containsExactly("ds");
    }

    @Test
    void recoverAloneMovesThePreviousExportBack() throws IOException {
        Path target = tmp.resolve("ds");
        Files.writeString(Files.createDirectories(tmp.resolve(".ds.previous")).resolve("a.txt"), "old");
        AtomicExport.recover(target);
        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("old");
        assertThat(siblings(target)).containsExactly("ds");
    }

    @Test
    void publishCleansUpWhatACrashLeftBehind() throws IOException {
        Path target = tmp.resolve("ds");
        Path previous = Files.createDirectories(tmp.resolve(".ds.previous"));
        Files.writeString(previous.resolve("a.txt"), "old");
        Files.createDirectories(tmp.resolve(".ds.staging-dead"));

        AtomicExport.publish(target, dir -> Files.writeString(dir.resolve("a.txt"), "new"));
        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("new");
        assertThat(siblings(target)).containsExactly("ds");
    }

    @Test
    void aCrashAfterTheNewExportWasInPlaceKeepsTheNewOne() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("ds"));
        Files.writeString(target.resolve("a.txt"), "new");
        Files.writeString(Files.createDirectories(tmp.resolve(".ds.previous")).resolve("a.txt"), "old");
        AtomicExport.recover(target);
        assertThat(Files.readString(target.resolve("a.txt"))).isEqualTo("new");
        assertThat(siblings(target)).containsExactly("ds");
    }

    @Test
    void aFileAtTheTargetIsRejected() throws IOException {
        Path file = Files.writeString(tmp.resolve("ds"), "not a folder");
        assertThatThrownBy(() -> AtomicExport.publish(file, dir -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a folder");
    }

    private static List<String> siblings(Path target) {
        try (Stream<Path> s = Files.list(target.toAbsolutePath().getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
