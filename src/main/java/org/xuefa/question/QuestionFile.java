package org.xuefa.question;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.xuefa.tabular.Csv;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.tabular.RowError;
import org.xuefa.tabular.Table;
import org.xuefa.tabular.TableFormatException;

/**
 * Reads an uploaded question file, CSV or XLSX, into a {@link Table} with Excel's row numbers, and
 * refuses anything else (empty, binary, old .xls, oversized, a zip that inflates far beyond its size)
 * with a reason a trainer understands. Blocking: call it on the worker pool.
 */
public final class QuestionFile {

  public static final long MAX_BYTES = 5L * 1024 * 1024;
  public static final int MAX_ROWS = 5000;
  private static final long MAX_INFLATED = 64L * 1024 * 1024;
  private static final int MAX_ENTRIES = 500;

  /** The two formats trainers use. */
  public enum Format { CSV, XLSX }

  private QuestionFile() {}

  /** The format by file name (.csv, .xlsx), or by content when the name says nothing. */
  public static Format format(String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    if (name.endsWith(".xlsx")) {
      return Format.XLSX;
    }
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".xls") || ReadableWorkbook.isOLE2Header(head(bytes))) {
      throw reject(1, "这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 或 CSV UTF-8 后再导入");
    }
    if (ReadableWorkbook.isOOXMLZipHeader(head(bytes))) {
      return Format.XLSX;
    }
    throw reject(1, "只能导入 .csv 或 .xlsx 文件（当前文件：" + (name.isEmpty() ? "未命名" : fileName.strip()) + "）");
  }

  public static Table read(String fileName, byte[] bytes) {
    if (bytes.length == 0) {
      throw reject(1, "文件是空的");
    }
    if (bytes.length > MAX_BYTES) {
      throw reject(1, "文件过大（最多 " + MAX_BYTES / 1024 / 1024 + " MB）");
    }
    Table table = format(fileName, bytes) == Format.XLSX ? readXlsx(bytes) : readCsv(bytes);
    if (table.header().isEmpty()) {
      throw reject(1, "文件是空的");
    }
    if (table.rows().size() > MAX_ROWS) {
      throw reject(MAX_ROWS + 2, "一次最多导入 " + MAX_ROWS + " 道题");
    }
    return table;
  }

  private static Table readCsv(byte[] bytes) {
    if (ReadableWorkbook.isOOXMLZipHeader(head(bytes)) || ReadableWorkbook.isOLE2Header(head(bytes))) {
      throw reject(1, "文件扩展名是 .csv，内容却是 Excel 工作簿：请改用 .xlsx 扩展名，或另存为 CSV UTF-8");
    }
    try {
      return Csv.read(bytes);
    } catch (TableFormatException e) {
      throw reject(e.line(), e.getMessage().replaceFirst("^第 \\d+ 行：", ""));
    }
  }

  private static Table readXlsx(byte[] bytes) {
    if (!ReadableWorkbook.isOOXMLZipHeader(head(bytes))) {
      throw reject(1, "不是有效的 .xlsx 文件（文件已损坏，或只是改了扩展名）");
    }
    checkInflatedSize(bytes);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      try (var rows = wb.getFirstSheet().openStream()) {
        for (Row row : (Iterable<Row>) rows::iterator) {
          if (records.size() > MAX_ROWS + 1) {
            throw reject(MAX_ROWS + 2, "一次最多导入 " + MAX_ROWS + " 道题");
          }
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < Math.min(row.getCellCount(), 64); c++) {
            cells.add(row.getCellText(c));
          }
          records.add(cells);
          lines.add(row.getRowNum());
        }
      }
    } catch (ImportRejected e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw reject(1, "无法读取 .xlsx 文件：文件已损坏或不是 Excel 工作簿");
    }
    return Table.of(records, lines);
  }

  /**
   * Counts the bytes the archive really inflates to (not what its headers claim), so a zip bomb stops
   * early. Commons Compress (which the reader uses too) reads the central directory, as Excel writes it.
   */
  private static void checkInflatedSize(byte[] bytes) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        if (++entries > MAX_ENTRIES) {
          throw reject(1, "不是有效的 .xlsx 文件（包含的部件过多）");
        }
        try (InputStream in = zip.getInputStream(e)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_INFLATED) {
              throw reject(1, ".xlsx 文件解压后过大（超过 " + MAX_INFLATED / 1024 / 1024 + " MB）");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejected ir) {
        throw ir;
      }
      throw reject(1, "不是有效的 .xlsx 文件（压缩包已损坏）");
    }
  }

  private static byte[] head(byte[] bytes) {
    byte[] head = new byte[8];
    System.arraycopy(bytes, 0, head, 0, Math.min(8, bytes.length));
    return head;
  }

  static ImportRejected reject(int line, String reason) {
    return new ImportRejected(List.of(new RowError(line, reason)));
  }
}
