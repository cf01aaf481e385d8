package org.xuefa.tabular;

/** A file that cannot be read as a table at all; says where and why. */
public class TableFormatException extends RuntimeException {

  private final int line;

  public TableFormatException(int line, String reason) {
    super("第 " + line + " 行：" + reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
