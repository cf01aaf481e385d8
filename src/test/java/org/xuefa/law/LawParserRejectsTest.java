package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real statute files with one line broken are refused, naming that line. */
class LawParserRejectsTest {

  private static final String SLUG = "administrative-coercion-law";

  @TempDir
  Path temp;

  private static LawFormatException rejected(List<String> lines) {
    return assertThrows(LawFormatException.class, () -> LawParser.parse(SLUG, Statutes.join(lines)));
  }

  @Test
  void articleNumberGap() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "第十二条 ");
    lines.set(i, lines.get(i).replace("第十二条", "第十四条"));
    LawFormatException e = rejected(lines);
    assertEquals(i + 1, e.line());
    assertEquals("第 " + (i + 1) + " 行：条文编号不连续，应为第十二条，实为第十四条", e.getMessage());
  }

  @Test
  void duplicateArticleNumber() {
    List<String> lines = Statutes.lines(SLUG);
    int first = Statutes.indexOf(lines, "第十二条 ");
    int i = Statutes.indexOf(lines, "第十三条 ");
    lines.set(i, lines.get(i).replace("第十三条", "第十二条"));
    LawFormatException e = rejected(lines);
    assertEquals(i + 1, e.line());
    assertEquals("条文编号重复，第十二条已在第 " + (first + 1) + " 行出现，应为第十三条", e.reason());
  }

  @Test
  void articleOutOfOrder() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "第四十条 ");
    lines.set(i, lines.get(i).replace("第四十条", "第四条"));
    LawFormatException e = rejected(lines);
    assertEquals(i + 1, e.line());
    assertTrue(e.reason().contains("应为第四十条"), e.reason());
  }

  @Test
  void lastArticleMissingItsText() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "第七十一条 ");
    lines.set(i, "第七十一条");
    LawFormatException e = rejected(lines);
    assertEquals(i + 1, e.line());
    assertEquals("第七十一条没有内容", e.reason());
  }

  @Test
  void emptyArticleInTheMiddle() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "第四条 ");
    assertTrue(lines.get(i + 2).startsWith("第五条 "), "第四条 has one paragraph");
    lines.set(i, "第四条");
    assertEquals(i + 1, rejected(lines).line());
  }

  @Test
  void missingTitle() {
    List<String> lines = Statutes.lines(SLUG);
    lines.set(0, "");
    LawFormatException e = rejected(lines);
    assertEquals(3, e.line(), "the first non-empty line is the adoption note");
    assertTrue(e.reason().startsWith("第一个非空行应为法律名称标题"), e.reason());
  }

  @Test
  void titleWithoutItsMarkInAMarkdownFile() {
    List<String> lines = Statutes.lines(SLUG);
    lines.set(0, lines.get(0).substring(2));
    assertEquals(1, rejected(lines).line());
  }

  @Test
  void chapterOutOfOrder() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "## 第三章 ");
    lines.set(i, lines.get(i).replace("第三章", "第四章"));
    LawFormatException e = rejected(lines);
    assertEquals(i + 1, e.line());
    assertEquals("标题编号顺序错误，应为第三章，实为第四章", e.reason());
  }

  @Test
  void sectionOutOfOrderWithinItsChapter() {
    List<String> lines = Statutes.lines("constitution");
    int i = Statutes.indexOf(lines, "### 第四节 ");
    lines.set(i, lines.get(i).replace("第四节", "第五节"));
    LawFormatException e = assertThrows(LawFormatException.class,
        () -> LawParser.parse("constitution", Statutes.join(lines)));
    assertEquals(i + 1, e.line());
    assertEquals("标题编号顺序错误，应为第四节，实为第五节", e.reason());
  }

  @Test
  void headingWithoutArticles() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "## 第七章 ");
    lines.add(i, "## 第七章 空");
    lines.set(i + 1, lines.get(i + 1).replace("第七章", "第八章"));
    LawFormatException e = rejected(lines);
    assertEquals(i + 1, e.line());
    assertEquals("标题“第七章 空”之下没有条文", e.reason());
  }

  @Test
  void textAfterAHeadingThatBelongsToNoArticle() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "## 第二章 ");
    lines.add(i + 1, "本章说明");
    assertEquals(i + 2, rejected(lines).line());
  }

  @Test
  void noArticlesAtAll() {
    List<String> lines = Statutes.lines(SLUG).subList(0, 4);
    LawFormatException e = rejected(lines);
    assertEquals(4, e.line());
    assertEquals("全文没有条文", e.reason());
  }

  @Test
  void emptyText() {
    assertEquals(1, assertThrows(LawFormatException.class, () -> LawParser.parse(SLUG, "")).line());
    assertEquals(1, assertThrows(LawFormatException.class, () -> LawParser.parse(SLUG, "\n \n　\n")).line());
  }

  @Test
  void emptyFile() throws Exception {
    Path file = Files.write(temp.resolve("empty.md"), new byte[0]);
    assertEquals(1, assertThrows(LawFormatException.class, () -> LawParser.parse(file)).line());
  }

  @Test
  void nulCharacter() {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "第二十条 ");
    lines.set(i, lines.get(i) + "\u0000");
    assertEquals(i + 1, rejected(lines).line());
  }

  @Test
  void malformedUtf8InAFileNamesItsLine() throws Exception {
    List<String> lines = Statutes.lines(SLUG);
    int i = Statutes.indexOf(lines, "第三十条 ");
    byte[] before = (Statutes.join(lines.subList(0, i)) + "\n第三十条 ").getBytes(StandardCharsets.UTF_8);
    byte[] after = Statutes.join(lines.subList(i, lines.size())).getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, broken, 0, before.length);
    broken[before.length] = (byte) 0xFF;
    System.arraycopy(after, 0, broken, before.length + 1, after.length);
    Path file = Files.write(temp.resolve(SLUG + ".md"), broken);

    LawFormatException fromFile = assertThrows(LawFormatException.class, () -> LawParser.parse(file));
    assertEquals(i + 1, fromFile.line());
    assertTrue(fromFile.reason().contains("UTF-8"), fromFile.reason());
    String leniently = new String(broken, StandardCharsets.UTF_8);
    assertEquals(i + 1, assertThrows(LawFormatException.class, () -> LawParser.parse(SLUG, leniently)).line());
  }

  @Test
  void binaryGarbage() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(20201231L).nextBytes(garbage);
    Path file = Files.write(temp.resolve("garbage.md"), garbage);
    LawFormatException e = assertThrows(LawFormatException.class, () -> LawParser.parse(file));
    assertTrue(e.line() >= 1);
    LawFormatException asText = assertThrows(LawFormatException.class,
        () -> LawParser.parse(SLUG, new String(garbage, StandardCharsets.UTF_8)));
    int firstBad = (int) new String(garbage, StandardCharsets.UTF_8).lines()
        .takeWhile(l -> l.indexOf('\uFFFD') < 0 && l.indexOf('\u0000') < 0).count() + 1;
    assertEquals(firstBad, asText.line());
  }
}
