package org.xuefa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportParserTest {

  private static final Report REPORT = ReportParser.loadDefault();

  @Test
  void readsMetadataFromThePageHeader() {
    assertEquals("2020年南宫市法治政府建设工作报告", REPORT.title());
    assertEquals("2021-03-22", REPORT.publishedDate());
    assertEquals("司法局", REPORT.publisher());
  }

  @Test
  void hasElevenNumberedPartsAfterThePreamble() {
    assertEquals(12, REPORT.parts().size());
    assertEquals(0, REPORT.parts().get(0).number());
    assertEquals("前言", REPORT.parts().get(0).title());
    List<Part> numbered = REPORT.numberedParts();
    assertEquals(11, numbered.size());
    for (int i = 0; i < numbered.size(); i++) {
      assertEquals(i + 1, numbered.get(i).number());
    }
    assertEquals("二", numbered.get(1).numeral());
    assertEquals("十一", numbered.get(10).numeral());
  }

  @Test
  void countsSectionsPerPart() {
    List<Integer> counts = REPORT.numberedParts().stream().map(p -> p.sections().size()).toList();
    assertEquals(List.of(3, 7, 2, 4, 5, 5, 5, 3, 3, 3, 5), counts);
  }

  @Test
  void partTitlesDropTheTrailingFullStop() {
    assertEquals("强化对行政权力的制约和监督", REPORT.numberedParts().get(5).title());
    assertEquals("积极推进政府治理体系和治理能力现代化", REPORT.numberedParts().get(0).title());
  }

  @Test
  void sectionTitlesEndAtTheFirstFullStop() {
    Part one = REPORT.numberedParts().get(0);
    assertEquals("坚持和加强党的领导", one.sections().get(0).title());
    assertEquals("加强宪法学习保障宪法实施", one.sections().get(1).title());
    assertEquals("严格落实《南宫市重大行政决策程序暂行办法》",
        REPORT.numberedParts().get(3).sections().get(0).title());
  }

  @Test
  void hasFiftyTwoParagraphsWithThePreambleFirst() {
    List<Paragraph> all = REPORT.paragraphs();
    assertEquals(52, all.size());
    Paragraph preamble = all.get(0);
    assertEquals("0-0-1", preamble.id());
    assertEquals("前言", preamble.partTitle());
    assertTrue(preamble.text().startsWith("在邢台市全面推进依法行政工作领导小组办公室的指导下"));
    assertEquals("11-5-1", all.get(51).id());
  }

  @Test
  void matchesTheExpectedParagraphListExactly() throws IOException {
    Map<String, String> expected = expectedParagraphs();
    Map<String, String> actual = new LinkedHashMap<>();
    REPORT.paragraphs().forEach(p -> actual.put(p.id(), p.text()));
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
    assertEquals(expected, actual);
  }

  @Test
  void sectionRemainderIsTheFirstParagraphAndLaterLinesFollow() {
    Paragraph first = REPORT.paragraph("1-2-1").orElseThrow();
    assertTrue(first.text().startsWith("一是市四大班子领导"));
    assertEquals("加强宪法学习保障宪法实施", first.sectionTitle());
    assertEquals(1, first.part());
    assertEquals(2, first.section());
    assertEquals(1, first.index());
    assertTrue(REPORT.paragraph("2-2-2").orElseThrow().text().startsWith("通过“审核合一”“一窗受理”"));
    assertTrue(REPORT.paragraph("7-3-2").orElseThrow().text().startsWith("仲裁机构"));
    assertEquals("完善行政调解、行政裁决、仲裁制度",
        REPORT.paragraph("7-3-1").orElseThrow().sectionTitle());
  }

  @Test
  void acceptsFullWidthParenthesesInSectionHeadings() {
    Report r = ReportParser.parse("标题\n发布时间: 2021-01-02 发布机构:某局\n一、第一部分。\n（二）全角标题。正文一\n正文二\n");
    assertEquals("第一部分", r.numberedParts().get(0).title());
    Section s = r.numberedParts().get(0).sections().get(0);
    assertEquals(2, s.number());
    assertEquals("全角标题", s.title());
    assertEquals(List.of("1-2-1", "1-2-2"), s.paragraphs().stream().map(Paragraph::id).toList());
    assertEquals("某局", r.publisher());
  }

  @Test
  void paragraphUrlPointsAtTheAnchor() {
    assertEquals("/report?p=2-2-1#p2-2-1", REPORT.paragraph("2-2-1").orElseThrow().url());
    assertTrue(REPORT.paragraph("99-1-1").isEmpty());
    assertTrue(REPORT.paragraph(null).isEmpty());
  }

  @Test
  void noPageChromeInAnyText() {
    for (Paragraph p : REPORT.paragraphs()) {
      for (String chrome : List.of("体裁分类", "主题分类", "浏览次数", "字体:[", "[大 中 小]", "发布时间")) {
        assertFalse(p.text().contains(chrome), p.id() + " contains " + chrome);
      }
      assertFalse(p.text().equals(REPORT.title()), p.id());
    }
  }

  @Test
  void readsElevenAndLeavesNonNumeralHeadingsAsText() {
    Report r = ReportParser.parse("标题\n十一、第十一部分。\n（三）节。正文\n十十、不是标题\n");
    Part eleven = r.numberedParts().get(0);
    assertEquals(11, eleven.number());
    assertEquals(3, eleven.sections().get(0).number());
    assertEquals(List.of("11-3-1", "11-3-2"), r.paragraphs().stream().map(Paragraph::id).toList());
    assertEquals("十十、不是标题", r.paragraph("11-3-2").orElseThrow().text());
  }

  private static Map<String, String> expectedParagraphs() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = ReportParserTest.class.getResourceAsStream("/report/expected-paragraphs.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text.lines().filter(l -> l.startsWith("[")).forEach(l -> {
        int close = l.indexOf("] ");
        out.put(l.substring(1, close), l.substring(close + 2));
      });
    }
    return out;
  }
}
