package org.xuefa.law;

/**
 * Converts between integers 0..9999 and the Chinese numerals used to number articles and headings.
 */
public final class ChineseNumerals {

  /** The largest number written without 万. */
  public static final int MAX = 9999;

  /** Characters that may appear in a numeral, for callers building patterns. */
  public static final String CHARACTERS = "零〇○一二两三四五六七八九十百千0123456789０１２３４５６７８９";

  private static final String DIGITS = "零一二三四五六七八九";
  private static final int[] UNITS = {1000, 100, 10, 1};
  private static final String UNIT_NAMES = "千百十";

  private ChineseNumerals() {
  }

  /**
   * Reads a numeral: Chinese with units (一千零四十二, 十一, 两百), digit by digit (一〇四二), or Arabic
   * digits (1042, full-width too).
   *
   * @throws NumberFormatException if the text is no numeral, is ambiguous (一百一) or exceeds 9999
   */
  public static int parse(String text) {
    if (text == null || text.isBlank()) {
      throw new NumberFormatException("空的数字");
    }
    String s = text.strip();
    if (s.chars().allMatch(c -> arabic(c) >= 0)) {
      return checkRange(s, s.chars().reduce(0, (v, c) -> Math.min(v * 10 + arabic(c), MAX + 1)));
    }
    if (s.chars().noneMatch(c -> unit(c) > 0)) {
      return checkRange(s, digitByDigit(s));
    }
    return withUnits(s);
  }

  /**
   * Writes a number the way statutes number articles: 十 for 10, 一百一十 for 110, 一千零一 for 1001.
   *
   * @throws IllegalArgumentException outside 0..9999
   */
  public static String format(int number) {
    if (number < 0 || number > MAX) {
      throw new IllegalArgumentException("超出范围的数字：" + number);
    }
    if (number == 0) {
      return "零";
    }
    StringBuilder out = new StringBuilder();
    boolean started = false;
    boolean zeroPending = false;
    for (int i = 0; i < UNITS.length; i++) {
      int unit = UNITS[i];
      int digit = number / unit % 10;
      if (digit == 0) {
        zeroPending = started;
        continue;
      }
      if (zeroPending) {
        out.append('零');
        zeroPending = false;
      }
      // 10..19 are written 十, 十一 …, but 110 is 一百一十: the bare 十 only opens a number.
      if (!(unit == 10 && digit == 1 && !started)) {
        out.append(DIGITS.charAt(digit));
      }
      if (unit > 1) {
        out.append(UNIT_NAMES.charAt(i));
      }
      started = true;
    }
    return out.toString();
  }

  private static int withUnits(String s) {
    int total = 0;
    int pending = -1;
    int lastUnit = MAX + 1;
    boolean zeroSeen = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int digit = digit(c);
      int unit = unit(c);
      if (digit == 0) {
        if (pending >= 0 || lastUnit > MAX) {
          throw invalid(s);
        }
        zeroSeen = true;
      } else if (digit > 0) {
        if (pending >= 0) {
          throw invalid(s);
        }
        pending = digit;
      } else if (unit > 0) {
        if (unit >= lastUnit) {
          throw invalid(s);
        }
        if (pending < 0) {
          // A bare 十 means 一十 (十一, 一百十); a bare 百 or 千 means nothing.
          if (unit != 10) {
            throw invalid(s);
          }
          pending = 1;
        }
        total += pending * unit;
        lastUnit = unit;
        pending = -1;
        zeroSeen = false;
      } else {
        throw invalid(s);
      }
    }
    if (pending >= 0) {
      // 一百一 could mean 101 or 110; only a trailing digit after 十 or after 零 is unambiguous.
      if (lastUnit != 10 && !zeroSeen) {
        throw invalid(s);
      }
      total += pending;
    } else if (zeroSeen) {
      throw invalid(s);
    }
    return total;
  }

  private static int digitByDigit(String s) {
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      int digit = digit(s.charAt(i));
      if (digit < 0) {
        throw invalid(s);
      }
      value = Math.min(value * 10 + digit, MAX + 1);
    }
    return value;
  }

  private static int checkRange(String s, int value) {
    if (value > MAX) {
      throw new NumberFormatException("超出范围的数字：" + s);
    }
    return value;
  }

  private static int digit(char c) {
    return switch (c) {
      case '〇', '○' -> 0;
      case '两' -> 2;
      default -> DIGITS.indexOf(c);
    };
  }

  private static int unit(int c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> 0;
    };
  }

  private static int arabic(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  private static NumberFormatException invalid(String s) {
    return new NumberFormatException("无法识别的中文数字：" + s);
  }
}
