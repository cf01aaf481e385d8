package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMarkerTest {

  private static final SnippetMarker MARKER =
      new SnippetMarker(new TextNormalizer(TableScriptFolder.bundled()), 40);

  @Test
  void mergesOverlappingPairsIntoOneMark() {
    assertEquals("今年共组织27名单位主要负责人进行<mark>宪法宣誓</mark>。",
        MARKER.snippet("今年共组织27名单位主要负责人进行宪法宣誓。", List.of("宪法", "法宣", "宣誓")));
  }

  @Test
  void marksTraditionalTextFoundByItsSimplifiedForm() {
    assertEquals("<mark>憲法宣誓</mark>制度", MARKER.snippet("憲法宣誓制度", List.of("宪法", "宣誓")));
  }

  @Test
  void escapesEverythingOutsideAndInsideMarks() {
    String s = MARKER.snippet("<script>alert(\"x&y\")</script> 宪法'", List.of("script", "宪法"));
    assertEquals("&lt;<mark>script</mark>&gt;alert(&quot;x&amp;y&quot;)&lt;/<mark>script</mark>&gt; "
        + "<mark>宪法</mark>&#39;", s);
  }

  @Test
  void choosesTheWindowWithTheMatches() {
    String text = "甲".repeat(100) + "。今年共组织27名单位主要负责人进行宪法宣誓。" + "乙".repeat(100);
    String s = MARKER.snippet(text, List.of("宪法", "宣誓"));
    assertTrue(s.startsWith("…今年共组织"), s);
    assertTrue(s.contains("<mark>宪法宣誓</mark>"), s);
    assertTrue(s.endsWith("…"), s);
  }

  @Test
  void withoutMatchesShowsTheStart() {
    String s = MARKER.snippet("乙".repeat(100), List.of("宪法"));
    assertEquals("乙".repeat(40) + "…", s);
    assertFalse(s.contains("<mark>"));
    assertEquals("", MARKER.snippet("", List.of("宪法")));
  }
}
