package org.xuefa.law;

/**
 * Says which line of a statute text breaks its structure and why, in words an editor can act on.
 */
public class LawFormatException extends Exception {

  private final int line;
  private final String reason;

  /**
   * @param line   1-based line number in the text
   * @param reason what is wrong, in Chinese
   */
  public LawFormatException(int line, String reason) {
    super("第 " + line + " 行：" + reason);
    this.line = line;
    this.reason = reason;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
