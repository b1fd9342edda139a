package io.radlake.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes in a declared charset and reports, instead of replacing, bytes that are invalid in
 * it: a report whose text was silently altered with U+FFFD would no longer be the original.
 * Not thread-safe (one per reader).
 */
public final class StrictDecoder {
  private final Charset charset;
  private final CharsetDecoder decoder;

  public StrictDecoder(Charset charset) {
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  public static StrictDecoder utf8() {
    return new StrictDecoder(StandardCharsets.UTF_8);
  }

  public Charset charset() {
    return charset;
  }

  /**
   * Decodes {@code bytes[from, to)}.
   *
   * @throws InvalidBytesException with the offset (relative to {@code from}) of the first bad byte
   */
  public String decode(byte[] bytes, int from, int to) throws InvalidBytesException {
    if (from == to) {
      return "";
    }
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii && charset.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    try {
      CharBuffer out = decoder.reset().decode(in);
      return out.toString();
    } catch (MalformedInputException e) {
      throw new InvalidBytesException(in.position() - from, charset);
    } catch (CharacterCodingException e) {
      throw new InvalidBytesException(in.position() - from, charset);
    }
  }

  public String decode(byte[] bytes) throws InvalidBytesException {
    return decode(bytes, 0, bytes.length);
  }

  /** Bytes that are not valid in the charset; carries only an offset, never content. */
  public static final class InvalidBytesException extends Exception {
    private final int offset;

    InvalidBytesException(int offset, Charset charset) {
      super("bytes not valid " + charset.name() + " at byte offset " + offset);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }
}
