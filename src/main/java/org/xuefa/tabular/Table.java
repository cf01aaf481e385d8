package org.xuefa.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A spreadsheet-like file read into a header and rows, each row knowing its line number in the file. */
public record Table(List<String> header, List<Row> rows) {

  /** One data row; {@code line} is the number a person sees in Excel (the header is line 1). */
  public record Row(int line, Map<String, String> cells) {
    public String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.strip();
    }

    public boolean blank() {
      return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
  }

  /** Builds a table from raw records: the first non-empty record is the header. */
  public static Table of(List<List<String>> records, List<Integer> lines) {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      List<String> rec = records.get(i);
      if (header == null) {
        if (rec.stream().allMatch(String::isBlank)) {
          continue;
        }
        header = rec.stream().map(Table::cleanHeader).toList();
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), c < rec.size() ? rec.get(c) : "");
      }
      Row row = new Row(lines.get(i), cells);
      if (!row.blank()) {
        rows.add(row);
      }
    }
    return new Table(header == null ? List.of() : header, rows);
  }

  /** The first header name among the accepted spellings that the file uses. */
  public Optional<String> column(String... accepted) {
    for (String a : accepted) {
      for (String h : header) {
        if (h.equalsIgnoreCase(a)) {
          return Optional.of(h);
        }
      }
    }
    return Optional.empty();
  }

  private static String cleanHeader(String h) {
    return h.replace("\uFEFF", "").replace("*", "").strip();
  }
}
