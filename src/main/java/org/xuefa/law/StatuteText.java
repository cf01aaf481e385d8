package org.xuefa.law;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns bytes or a string into the lines of a statute, refusing anything that is not clean UTF-8 text.
 */
final class StatuteText {

  private StatuteText() {
  }

  /** Decodes strict UTF-8; a malformed byte is reported with the line it sits on. */
  static String decode(byte[] bytes) throws LawFormatException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new LawFormatException(lineAt(bytes, in.position()),
          "不是有效的 UTF-8 文本（第 " + (in.position() + 1) + " 字节）");
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new LawFormatException(lineAt(bytes, bytes.length), "不是有效的 UTF-8 文本（文件末尾不完整）");
    }
    return out.flip().toString();
  }

  /**
   * Splits text into lines (LF, CRLF or CR), dropping a byte-order mark; NUL or U+FFFD means the
   * text was binary or decoded with the wrong charset.
   */
  static List<String> lines(String text) throws LawFormatException {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = List.of(s.split("\r\n|\r|\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf('\u0000') >= 0) {
        throw new LawFormatException(i + 1, "含有空字符（NUL），不是文本文件");
      }
      if (line.indexOf('\uFFFD') >= 0) {
        throw new LawFormatException(i + 1, "含有替换字符（U+FFFD），文本不是有效的 UTF-8");
      }
    }
    return lines;
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      boolean crAlone = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
      if (bytes[i] == '\n' || crAlone) {
        line++;
      }
    }
    return line;
  }
}
