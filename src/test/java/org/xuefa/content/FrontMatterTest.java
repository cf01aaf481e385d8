package org.xuefa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterTest {

  private static final String GOOD = "---\ntitle: 会前学法\nslug: pre-meeting-study\nsummary: \"一句话\"\n"
      + "tags: [会前学法, '常务会议']\nsources: [report:8-2-1, law:constitution:27]\norder: 3\n---\n\n## 概述\n正文\n";

  @Test
  void readsEveryFieldAndTheBody() {
    FrontMatter fm = FrontMatter.parse("x.md", GOOD);
    assertEquals("会前学法", fm.title());
    assertEquals("pre-meeting-study", fm.slug());
    assertEquals("一句话", fm.summary());
    assertEquals(List.of("会前学法", "常务会议"), fm.tags());
    assertEquals(List.of("report:8-2-1", "law:constitution:27"), fm.sources());
    assertEquals(3, fm.order());
    assertEquals("## 概述\n正文", fm.body());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title: 会前学法|title: 会前学法\\ntitle: 又一个|x.md:3: 字段 title 重复",
      "order: 3|order: 三|order 必须是正整数",
      "tags: [会前学法, '常务会议']|tags: 会前学法|tags 必须是 [a, b]",
      "slug: pre-meeting-study|author: 某人|x.md:3: 未知字段 author",
      "summary: \"一句话\"|summary: \"一句话\"\\n就一句|x.md:5: 应为“字段: 值”",
      "summary: \"一句话\"\\n|''|缺少字段 summary",
      "---\\n\\n## 概述\\n正文\\n|''|没有结束的 --- 行"
  })
  void namesTheFileAndReasonForBrokenFrontMatter(String replace, String with, String expected) {
    String text = GOOD.replace(replace.replace("\\n", "\n"), with.replace("\\n", "\n"));
    TopicFormatException e = assertThrows(TopicFormatException.class, () -> FrontMatter.parse("x.md", text));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("x.md"), e.getMessage());
  }

  @Test
  void requiresTheOpeningFence() {
    TopicFormatException e = assertThrows(TopicFormatException.class, () -> FrontMatter.parse("y.md", "# 标题\n"));
    assertTrue(e.getMessage().startsWith("y.md:1"), e.getMessage());
  }
}
