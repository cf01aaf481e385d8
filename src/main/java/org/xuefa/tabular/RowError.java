package org.xuefa.tabular;

/** A row that cannot be imported: its line number as Excel shows it and the reason. */
public record RowError(int line, String reason) {
  @Override
  public String toString() {
    return "第 " + line + " 行：" + reason;
  }
}
