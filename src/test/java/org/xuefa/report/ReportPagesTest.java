package org.xuefa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class ReportPagesTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void reportPageShowsElevenPartsAndFiftyTwoAddressedParagraphsWithoutLogin() {
    TestClient.Response r = server.client().getHtml("/report");
    assertEquals(200, r.status());
    String html = unescape(r.body());
    assertTrue(html.contains("<h1>2020年南宫市法治政府建设工作报告</h1>"), "title");
    assertTrue(html.contains("发布机构：司法局") && html.contains("发布时间：2021-03-22"), "metadata");
    assertEquals(11, count(html, "<section class=\"report-part\" id=\"part([1-9]\\d?)\""));
    assertEquals(52, count(html, "<p id=\"p\\d+-\\d+-\\d+\""));
    assertTrue(html.contains("<p id=\"p0-0-1\""), "preamble paragraph");
    assertTrue(html.contains("href=\"/report?p=2-2-1#p2-2-1\""), "address link");
    assertTrue(html.contains("¶2-2-1"), "visible address");
    assertTrue(html.contains("<a href=\"#s2-2\">") && html.contains("id=\"s2-2\""), "toc link to its section");
    assertFalse(html.contains("class=\"para target\""), "nothing highlighted without p");
    assertFalse(html.contains("浏览次数") || html.contains("字体"), "no page chrome");
    assertFalse(html.contains("标记为已读"), "no mark-as-read for anonymous readers");
    assertTrue(html.contains("href=\"/report\" aria-current=\"page\">工作报告"), "nav entry, active");
  }

  @Test
  void paragraphAddressHighlightsExactlyThatParagraph() {
    TestClient.Response r = server.client().getHtml("/report?p=2-2-1");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("<p id=\"p2-2-1\" class=\"para target\">"), "marked");
    assertEquals(1, count(r.body(), "class=\"para target\""));
  }

  @Test
  void unknownParagraphAddressIsA404WithANotice() {
    TestClient.Response r = server.client().getHtml("/report?p=99-1-1");
    assertEquals(404, r.status());
    assertTrue(r.body().contains("没有这个段落地址"), r.body());
    assertTrue(r.body().contains("<p id=\"p2-2-1\""), "the report is still shown");
    TestClient.Response hostile = server.client().getHtml("/report?p=%3Cscript%3Ealert(1)%3C/script%3E");
    assertEquals(404, hostile.status());
    assertFalse(hostile.body().contains("<script>alert"), "the address is escaped");
  }

  @Test
  void shortAddressesRedirectToThePage() {
    TestClient.Response para = server.client().getHtml("/report/2-2-1");
    assertEquals(302, para.status());
    assertEquals("/report?p=2-2-1#p2-2-1", para.header("Location"));
    TestClient.Response section = server.client().getHtml("/report/7-3");
    assertEquals(302, section.status());
    assertEquals("/report#s7-3", section.header("Location"));
    assertEquals(404, server.client().getHtml("/report/abc").status());
  }

  @Test
  void apiAnswersTheStructure() {
    TestClient.Response r = server.client().get("/api/report");
    assertEquals(200, r.status());
    JsonObject body = r.json();
    assertEquals("2020年南宫市法治政府建设工作报告", body.getString("title"));
    assertEquals("司法局", body.getString("publisher"));
    assertEquals("2021-03-22", body.getString("date"));
    JsonArray parts = body.getJsonArray("parts");
    assertEquals(12, parts.size(), "preamble and eleven parts");
    int paragraphs = 0;
    for (Object p : parts) {
      for (Object s : ((JsonObject) p).getJsonArray("sections")) {
        paragraphs += ((JsonObject) s).getJsonArray("paragraphs").size();
      }
    }
    assertEquals(52, paragraphs);
    JsonObject twoTwo = parts.getJsonObject(2).getJsonArray("sections").getJsonObject(1);
    assertEquals("2-2", twoTwo.getString("id"));
    assertEquals("/report#s2-2", twoTwo.getString("url"));
    JsonObject first = twoTwo.getJsonArray("paragraphs").getJsonObject(0);
    assertEquals("2-2-1", first.getString("id"));
    assertEquals("/report?p=2-2-1#p2-2-1", first.getString("url"));
    assertFalse(first.getString("text").isBlank());
  }

  /** Mustache writes = in attributes as &#61;, which browsers read back as =. */
  static String unescape(String html) {
    return html.replace("&#61;", "=").replace("&amp;", "&");
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
