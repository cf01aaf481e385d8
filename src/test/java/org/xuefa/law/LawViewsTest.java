package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outline's article index leaves no article out, whatever headings a law has. */
class LawViewsTest {

  @SuppressWarnings("unchecked")
  private static List<String> groupLabels(StoredLaw law) {
    return ((List<Map<String, Object>>) LawViews.outline(law).get("groups")).stream()
        .map(g -> g.get("label") + ":" + ((List<?>) g.get("numbers")).size()).toList();
  }

  @Test
  void aLawWithoutHeadingsIsOneGroup() {
    StoredLaw law = new StoredLaw("x", "某条例", List.of(), List.of(), List.of(), 3, 1, 0, "x.md");
    assertEquals(List.of("全部条文:3"), groupLabels(law));
  }

  @Test
  void articlesDirectlyUnderABookAndOutsideAnyHeadingGetGroupsOfTheirOwn() {
    Heading chapter = new Heading("章", 2, "第一章 通则", 3, 4, List.of());
    Heading book = new Heading("编", 1, "第一编 总则", 2, 5, List.of(chapter));
    StoredLaw law = new StoredLaw("x", "某法", List.of(), List.of(), List.of(book), 6, 1, 0, "x.md");
    assertEquals(List.of("其他条文:1", "第一编 总则:1", "第一编 总则 › 第一章 通则:2", "第一编 总则:1", "其他条文:1"),
        groupLabels(law));
  }

  @Test
  void everyStatuteIndexCoversAllItsArticles() {
    for (String slug : List.of("civil-code", "constitution", "major-administrative-decision-regulation")) {
      Law parsed = Statutes.parse(slug);
      StoredLaw law = new StoredLaw(slug, parsed.title(), parsed.notes(), parsed.preamble(), parsed.headings(),
          parsed.articleCount(), 1, 0, slug + ".md");
      int listed = groupLabels(law).stream().mapToInt(g -> Integer.parseInt(g.substring(g.lastIndexOf(':') + 1)))
          .sum();
      assertEquals(parsed.articleCount(), listed, slug);
    }
  }
}
