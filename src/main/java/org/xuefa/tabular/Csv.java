package org.xuefa.tabular;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it (RFC 4180: quoted fields, doubled quotes, CRLF, a UTF-8 BOM). Files
 * saved by Chinese Excel in GBK are decoded as GB18030 when they are not valid UTF-8.
 */
public final class Csv {

  private Csv() {}

  public static Table read(byte[] bytes) {
    String text = decode(bytes);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> {
          if (fieldStarted && !field.isEmpty()) {
            throw new TableFormatException(line, "引号位置不对：含引号的单元格必须整格用英文双引号括起");
          }
          quoted = true;
          fieldStarted = true;
        }
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
          fieldStarted = false;
        }
        case '\r' -> { }
        case '\n' -> {
          record.add(field.toString());
          records.add(record);
          lines.add(recordLine);
          record = new ArrayList<>();
          field.setLength(0);
          fieldStarted = false;
          line++;
          recordLine = line;
        }
        default -> {
          field.append(ch);
          fieldStarted = true;
        }
      }
    }
    if (quoted) {
      throw new TableFormatException(recordLine, "引号没有闭合：从这一行开始的单元格缺少结尾的双引号");
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
    return Table.of(records, lines);
  }

  private static String decode(byte[] bytes) {
    if (bytes.length > 0 && bytes.length < 4096 && looksBinary(bytes)) {
      throw new TableFormatException(1, "这不是文本格式的 CSV 文件");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      try {
        return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e2) {
        throw new TableFormatException(1, "文件编码无法识别：请另存为“CSV UTF-8（逗号分隔）”");
      }
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Quotes a cell for writing when it holds a comma, quote or line break. */
  public static String cell(String v) {
    if (v == null) {
      return "";
    }
    boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    String safe = v;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      // A leading = + - @ would run as a formula when the export is opened in Excel (after a tab or CR too).
      safe = "'" + v;
    }
    return needs ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
