package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @Test
  void everyNumberUpToTheLimitRoundTrips() {
    for (int n = 1; n <= ChineseNumerals.MAX; n++) {
      assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), () -> "round trip failed");
    }
  }

  @Test
  void roundTripsOneToTwoThousandWithUniqueForms() {
    var seen = new java.util.HashSet<String>();
    for (int n = 1; n <= 2000; n++) {
      String written = ChineseNumerals.format(n);
      assertEquals(n, ChineseNumerals.parse(written), written);
      assertEquals(true, seen.add(written), written);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1, 一", "10, 十", "11, 十一", "20, 二十", "42, 四十二", "100, 一百", "101, 一百零一",
    "110, 一百一十", "119, 一百一十九", "143, 一百四十三", "1000, 一千", "1001, 一千零一",
    "1010, 一千零一十", "1042, 一千零四十二", "1100, 一千一百", "1260, 一千二百六十", "2000, 二千",
    "9999, 九千九百九十九"
  })
  void formatsTheOfficialArticleForm(int number, String expected) {
    assertEquals(expected, ChineseNumerals.format(number));
    assertEquals(number, ChineseNumerals.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "一十一, 11", "两百, 200", "两千零二, 2002", "一百十, 110", "一千〇四十二, 1042", "一〇四二, 1042",
    "一九四九, 1949", "一八四○, 1840", "1042, 1042", "１２６０, 1260", "零, 0", "' 十二 ', 12"
  })
  void readsVariantForms(String written, int expected) {
    assertEquals(expected, ChineseNumerals.parse(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "十十", "一百一", "百", "千一", "一二十", "零十", "二十零", "一万", "10000",
    "abc", "第一", "一千千"})
  void rejectsWhatIsNoNumeralOrIsAmbiguous(String written) {
    assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(written));
  }

  @Test
  void rejectsNumbersOutsideTheRange() {
    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(-1));
    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(10000));
  }

  /** Every article label in every statute file reads as its position and is written back the same. */
  @Test
  void agreesWithEveryArticleLabelInTheFiles() {
    Pattern label = Pattern.compile("(?m)^第([零〇一二三四五六七八九十百千]+)条 ");
    int labels = 0;
    for (var file : Statutes.files()) {
      String slug = file.getFileName().toString().replace(".md", "");
      Matcher m = label.matcher(Statutes.text(slug));
      int expected = 0;
      while (m.find()) {
        expected++;
        assertEquals(expected, ChineseNumerals.parse(m.group(1)), slug + " " + m.group());
        assertEquals(m.group(1), ChineseNumerals.format(expected), slug);
        labels++;
      }
    }
    assertEquals(143 + 1260 + 86 + 83 + 71 + 90 + 103 + 42 + 68 + 113 + 44, labels);
  }

  @Test
  void agreesWithHeadingNumbersInTheFiles() {
    Pattern heading = Pattern.compile("(?m)^#+ 第([零〇一二三四五六七八九十百千]+)(?:分编|编|章|节)");
    Matcher m = heading.matcher(Statutes.text("civil-code"));
    int headings = 0;
    while (m.find()) {
      assertEquals(m.group(1), ChineseNumerals.format(ChineseNumerals.parse(m.group(1))));
      headings++;
    }
    assertEquals(136, headings, "all civil-code headings but 附则 are numbered");
  }
}
