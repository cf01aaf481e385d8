package org.xuefa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicMarkdownTest {

  private static final String HOSTILE = String.join("\n",
      "# 标题",
      "",
      "<script>alert(1)</script>",
      "",
      "段落里的 <img src=x onerror=alert(2)> 和 <b onclick=\"x()\">粗体</b>。",
      "",
      "[点我](javascript:alert(3)) [大写](JaVaScRiPt:alert(4)) [实体](javascript&#58;alert(5))",
      "[数据](data:text/html;base64,PHNjcmlwdD4=) [邮件](mailto:a@b.c) [协议相对](//evil.example/x)",
      "<javascript:alert(6)> ![图](javascript:alert(7)) [引用式][bad]",
      "",
      "[bad]: vbscript:msgbox(8)",
      "",
      "[好链接](https://www.gov.cn/) [站内](/laws) [报告](report:2-2-1) [法条](law:constitution:27)",
      "",
      "<div onmouseover=\"alert(9)\">块</div>");

  @Test
  void hostileMarkdownYieldsNoActiveContent() {
    TopicMarkdown.Rendered r = TopicMarkdown.render(HOSTILE, ref -> true);
    String html = r.html();
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), html);
    java.util.regex.Matcher href = java.util.regex.Pattern.compile("(href|src)=\"([^\"]*)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      links++;
      assertTrue(href.group(2).startsWith("https://") || href.group(2).matches("/[a-z].*"), href.group());
    }
    assertEquals(4, links, html);
    assertFalse(lower.contains("<img"), html);
    assertFalse(lower.contains("<div"), html);
    assertFalse(lower.contains("<b "), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("点我"), "link text stays: " + html);
    assertTrue(html.contains("<a href=\"https://www.gov.cn/\">好链接</a>"), html);
    assertTrue(html.contains("<a href=\"/laws\">站内</a>"), html);
    assertTrue(html.contains("<a href=\"/report?p=2-2-1#p2-2-1\">报告</a>"), html);
    assertTrue(html.contains("<a href=\"/laws/constitution/27\">法条</a>"), html);
    assertEquals(Set.of("report:2-2-1", "law:constitution:27"), r.refs());
  }

  @Test
  void brokenOrUnknownRefsAreReportedAndUnlinked() {
    TopicMarkdown.Rendered r = TopicMarkdown.render("[甲](report:2-2) [乙](law:constitution:9999) [丙](law:Bad:1)",
        ref -> !ref.text().equals("law:constitution:9999"));
    assertEquals(3, r.problems().size(), r.problems().toString());
    assertFalse(r.html().contains("href"), r.html());
    assertTrue(r.html().contains("甲") && r.html().contains("乙") && r.html().contains("丙"));
  }

  @Test
  void plainTextKeepsWordsAndDropsMarkup() {
    TopicMarkdown.Rendered r = TopicMarkdown.render("## 概述\n\n- **计划先行。** 见[报告](report:8-2-1)。\n", ref -> true);
    assertEquals("概述\n计划先行。 见报告。", r.plainText());
  }

  @Test
  void safeUrlAllowsOnlyHttpAndRelativeAddresses() {
    assertTrue(TopicMarkdown.safeUrl("https://example.org/a?b=c:d"));
    assertTrue(TopicMarkdown.safeUrl("/topics/x"));
    assertTrue(TopicMarkdown.safeUrl("#section"));
    assertTrue(TopicMarkdown.safeUrl("other-topic?x=a:b"));
    assertFalse(TopicMarkdown.safeUrl("java\tscript:alert(1)"));
    assertFalse(TopicMarkdown.safeUrl(" javascript:alert(1)"));
    assertFalse(TopicMarkdown.safeUrl("ftp://x"));
    assertFalse(TopicMarkdown.safeUrl("/\\evil.example"));
    assertFalse(TopicMarkdown.safeUrl(""));
  }
}
