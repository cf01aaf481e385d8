package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statute in the shared folder parses completely, with the counts its README verified. */
class LawFilesTest {

  static List<Path> statuteFiles() {
    return Statutes.files();
  }

  @Test
  void theFolderHoldsExactlyTheElevenStatutes() {
    List<String> slugs = Statutes.files().stream().map(LawParser::slugFor).sorted().toList();
    assertEquals(Statutes.ARTICLES.keySet().stream().sorted().toList(), slugs);
  }

  @ParameterizedTest
  @MethodSource("statuteFiles")
  void parsesWithItsExactArticleCount(Path file) throws Exception {
    Law law = LawParser.parse(file);
    assertEquals(Statutes.ARTICLES.get(law.slug()), law.articleCount(), law.slug());
    assertEquals(IntStream.rangeClosed(1, law.articleCount()).boxed().toList(),
        law.articles().stream().map(Article::number).toList());
    assertTrue(law.title().startsWith("中华人民共和国") || law.title().endsWith("条例"), law.title());
    assertTrue(!law.notes().isEmpty(), "every file states its adoption");
    assertTrue(law.articles().stream().allMatch(a -> a.label().equals(Article.labelOf(a.number()))));
    assertTrue(law.articles().stream().allMatch(a -> !a.paragraphs().isEmpty()
        && !a.paragraphs().get(0).startsWith(a.label())), "labels are cut from the first paragraph");
  }

  /** Each # line after the title is one heading (序言 aside, which is the preamble, not a heading). */
  @ParameterizedTest
  @MethodSource("statuteFiles")
  void findsEveryHeadingOfTheFile(Path file) throws Exception {
    Law law = LawParser.parse(file);
    String text = Statutes.text(law.slug());
    long markedHeadings = text.lines().filter(l -> l.startsWith("#")).count() - 1
        - text.lines().filter(l -> l.equals("## 序言")).count();
    assertEquals(markedHeadings, law.allHeadings().size(), law.slug());
    for (Heading h : law.allHeadings()) {
      assertTrue(h.firstArticle() >= 1 && h.firstArticle() <= h.lastArticle(), h.label());
      assertTrue(h.label().matches("第[一二三四五六七八九十]+(编|分编|章|节) \\S+|附则"), h.label());
    }
  }

  /** The README: the Xinhua text has the same 137 headings (7 编, 附则 and all 分编, 章 and 节). */
  @Test
  void civilCodeHas137Headings() {
    Law law = Statutes.parse("civil-code");
    assertEquals(137, law.allHeadings().size());
    assertEquals(8, law.headings().size());
    assertEquals(7, law.headings().stream().filter(h -> h.kind().equals("编")).count());
    Heading last = law.headings().get(7);
    assertEquals(List.of("附则", "附则", 1259, 1260), List.of(last.kind(), last.label(),
        last.firstArticle(), last.lastArticle()));
    assertEquals(List.of(1L, 2L, 3L, 4L), law.allHeadings().stream().map(Heading::level).distinct().sorted()
        .map(Long::valueOf).toList());
  }

  @Test
  void civilCodeArticle1042SitsInMarriageAndFamilyGeneralRules() {
    Article a = Statutes.parse("civil-code").article(1042).orElseThrow();
    assertEquals("第一千零四十二条", a.label());
    assertEquals(List.of("第五编 婚姻家庭", "第一章 一般规定"), a.path());
    assertTrue(a.text().startsWith("禁止包办、买卖婚姻"), a.text());
  }

  @Test
  void civilCodeArticleInASectionHasTheFullPath() {
    Law law = Statutes.parse("civil-code");
    assertEquals(List.of("第一编 总则", "第二章 自然人", "第二节 监护"), law.article(27).orElseThrow().path());
    assertEquals(List.of("第二编 物权", "第四分编 担保物权", "第十七章 抵押权", "第一节 一般抵押权"),
        law.article(394).orElseThrow().path());
    assertEquals(List.of("第三编 合同", "第三分编 准合同", "第二十八章 无因管理"),
        law.article(979).orElseThrow().path());
    assertEquals(law.article(394).orElseThrow().path(),
        law.headingPath(394).stream().map(Heading::label).toList());
  }

  @Test
  void civilCodeFirstAndLastArticlesBeginCorrectly() {
    Law law = Statutes.parse("civil-code");
    assertTrue(law.article(1).orElseThrow().text().startsWith("为了保护民事主体的合法权益"));
    Article last = law.article(1260).orElseThrow();
    assertTrue(last.text().startsWith("本法自2021年1月1日起施行。"), last.text());
    assertEquals(List.of("附则"), last.path());
    assertTrue(law.article(1261).isEmpty());
    assertTrue(law.article(0).isEmpty());
  }

  @Test
  void constitutionHasPreambleTwelveHeadingsAndArticle27InTheGeneralPrinciples() {
    Law law = Statutes.parse("constitution");
    assertEquals(13, law.preamble().size());
    assertTrue(law.preamble().get(0).startsWith("中国是世界上历史最悠久的国家之一。"));
    assertTrue(law.preamble().get(1).startsWith("一八四○年以后"));
    assertEquals(7, law.notes().size());
    assertEquals(12, law.allHeadings().size());
    assertEquals(List.of("第一章 总纲"), law.article(27).orElseThrow().path());
    assertTrue(law.article(27).orElseThrow().text().contains("应当依照法律规定公开进行宪法宣誓"));
    assertEquals(List.of("第三章 国家机构", "第一节 全国人民代表大会"), law.article(62).orElseThrow().path());
    assertTrue(law.article(1).orElseThrow().text().startsWith("中华人民共和国是工人阶级领导的"));
    assertEquals("中华人民共和国首都是北京。", law.article(143).orElseThrow().text());
  }

  @Test
  void itemsStayParagraphsOfTheirArticle() {
    Article a = Statutes.parse("state-compensation-law").article(3).orElseThrow();
    assertTrue(a.paragraphs().size() > 1);
    assertTrue(a.paragraphs().get(1).startsWith("（一）"), a.paragraphs().get(1));
    assertEquals(String.join("\n", a.paragraphs()), a.text());
    assertEquals(List.of("第二章 行政赔偿", "第一节 赔偿范围"), a.path());
  }

  @Test
  void spacedOutHeadingNamesAreClosedUp() {
    Law law = Statutes.parse("administrative-licensing-law");
    List<String> labels = law.allHeadings().stream().map(Heading::label).toList();
    assertTrue(labels.containsAll(List.of("第一章 总则", "第三节 期限", "第四节 听证", "第八章 附则")), labels.toString());
    Law civil = Statutes.parse("civil-code");
    assertTrue(civil.allHeadings().stream().map(Heading::label).toList()
        .containsAll(List.of("第一编 总则", "第四章 肖像权", "第一节 一般规定")));
  }
}
