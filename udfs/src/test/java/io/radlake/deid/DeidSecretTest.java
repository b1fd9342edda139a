package io.radlake.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidSecretTest {

    private static final String SECRET = "correct-horse-battery-staple-0123456789";
    private static final String SHORT = "hunter2-is-too-short";

    @TempDir
    Path folder;

    @Test
    void missingSecretSaysHowToProvideOne() {
        assertThatThrownBy(() -> DeidSecret.fromEnvironment(Map.of("PATH", "/usr/bin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set RADLAKE_DEID_SECRET_FILE to a file holding at least 32 bytes")
                .hasMessageContaining("or RADLAKE_DEID_SECRET")
                .hasMessageContaining("the secret is never accepted on the command line");
    }

    @Test
    void emptyValuesCountAsUnset() {
        assertThatThrownBy(() -> DeidSecret.fromEnvironment(
                Map.of(DeidSecret.ENV_SECRET, "", DeidSecret.ENV_SECRET_FILE, "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no de-identification secret");
    }

    @Test
    void tooShortSecretGivesTheLengthRuleButNotTheValue() {
        assertThatThrownBy(() -> DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET, SHORT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be at least 32 bytes of UTF-8, got 20 bytes")
                .hasMessageNotContaining(SHORT)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void tooShortSecretFileIsRejectedToo() throws Exception {
        Path file = Files.writeString(folder.resolve("deid.key"), SHORT + "\n");
        assertThatThrownBy(() -> DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET_FILE, file.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void bothSetIsAnErrorThatDoesNotQuoteTheSecret() throws Exception {
        Path file = Files.writeString(folder.resolve("deid.key"), SECRET);
        assertThatThrownBy(() -> DeidSecret.fromEnvironment(
                Map.of(DeidSecret.ENV_SECRET, SECRET, DeidSecret.ENV_SECRET_FILE, file.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("both RADLAKE_DEID_SECRET and RADLAKE_DEID_SECRET_FILE are set")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void missingFileIsNamedWithoutContent() {
        Path missing = folder.resolve("absent.key");
        assertThatThrownBy(() -> DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET_FILE, missing.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read RADLAKE_DEID_SECRET_FILE (" + missing + "): NoSuchFileException");
    }

    @Test
    void fileWithTrailingNewlineGivesTheSameKeyAsTheVariable() throws Exception {
        Path lf = Files.writeString(folder.resolve("lf.key"), SECRET + "\n");
        Path crlf = Files.writeString(folder.resolve("crlf.key"), SECRET + "\r\n");
        String fromVariable = DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET, SECRET)).fingerprint();
        assertThat(DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET_FILE, lf.toString())).fingerprint())
                .isEqualTo(fromVariable);
        assertThat(DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET_FILE, crlf.toString())).fingerprint())
                .isEqualTo(fromVariable);
    }

    @Test
    void fingerprintIsTheFirstEightHexOfTheKeyedLabelAndStable() throws Exception {
        DeidSecret secret = DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET, SECRET));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(
                "radlake-fingerprint".getBytes(StandardCharsets.UTF_8))).substring(0, 8);

        assertThat(secret.fingerprint()).isEqualTo(expected).matches("[0-9a-f]{8}");
        assertThat(DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET, SECRET)).fingerprint())
                .isEqualTo(expected);
        assertThat(DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET, SECRET + "!")).fingerprint())
                .isNotEqualTo(expected);
    }

    @Test
    void toStringShowsOnlyTheFingerprint() {
        DeidSecret secret = DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET, SECRET));
        assertThat(secret.toString())
                .isEqualTo("DeidSecret[fingerprint=" + secret.fingerprint() + "]")
                .doesNotContain("horse");
        assertThat(secret.isThrowaway()).isFalse();
    }

    @Test
    void throwawaySecretsAreRandomAndMarked() {
        DeidSecret one = DeidSecret.throwaway();
        DeidSecret two = DeidSecret.throwaway();
        assertThat(one.isThrowaway()).isTrue();
        assertThat(one.fingerprint()).isNotEqualTo(two.fingerprint());
        assertThat(one.toString()).endsWith(", throwaway]");
    }
}
