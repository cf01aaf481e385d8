package org.xuefa.report;

/** Reads Chinese numerals as written in headings and article labels (一 … 十一 … 一千二百六十). */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * The value of a numeral such as "十一", "二百零三" or "一千二百六十"; -1 when the text is not one.
   */
  public static int parse(String numeral) {
    if (numeral == null || numeral.isEmpty()) {
      return -1;
    }
    int total = 0;
    int pending = -1; // digit waiting for its unit; -1 means none seen yet
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int digit = DIGITS.indexOf(c == '〇' || c == '○' ? '零' : c);
      if (c == '两') {
        digit = 2;
      }
      if (digit >= 0) {
        pending = digit;
        continue;
      }
      int unit = switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        default -> -1;
      };
      if (unit < 0) {
        return -1;
      }
      // "十一" has no leading digit: the unit then counts once
      total += (pending < 0 ? 1 : pending) * unit;
      pending = -1;
    }
    return total + Math.max(pending, 0);
  }
}
