package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * The statute pages and API on the real server, over every shared statute but one
 * ({@value #LEFT_OUT}, to show what a link to a statute not yet imported answers).
 */
class LawHttpTest {

  static final String LEFT_OUT = "state-compensation-law";

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient anonymous;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    List<LawSource> sources = Statutes.files().stream()
        .filter(f -> !f.getFileName().toString().equals(LEFT_OUT + ".md"))
        .map(LawImportServiceTest::source).toList();
    server.server().services().lawImport().importFiles(sources).await();
    anonymous = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void theListNamesEachImportedLawWithItsArticleCount() {
    TestClient.Response r = anonymous.get("/api/laws");
    assertEquals(200, r.status());
    JsonArray laws = r.jsonArray();
    assertEquals(10, laws.size());
    assertEquals(new JsonObject().put("slug", "constitution").put("title", "中华人民共和国宪法").put("articles", 143),
        laws.getJsonObject(0));
    assertTrue(laws.stream().map(o -> (JsonObject) o).anyMatch(o -> o.getString("slug").equals("civil-code")
        && o.getInteger("articles") == 1260));
  }

  @Test
  void anArticleHasTheContractShape() {
    TestClient.Response r = anonymous.get("/api/laws/civil-code/articles/1042");
    assertEquals(200, r.status(), r.body());
    JsonObject a = r.json();
    assertEquals(Set.of("law", "slug", "number", "label", "path", "text"), a.fieldNames());
    assertEquals("中华人民共和国民法典", a.getString("law"));
    assertEquals("civil-code", a.getString("slug"));
    assertEquals(1042, a.getInteger("number"));
    assertEquals("第一千零四十二条", a.getString("label"));
    assertEquals(new JsonArray().add("第五编 婚姻家庭").add("第一章 一般规定"), a.getJsonArray("path"));
    assertTrue(a.getString("text").startsWith("禁止包办、买卖婚姻"), a.getString("text"));
    assertEquals(3, a.getString("text").split("\n").length, "its three paragraphs, one per line");
  }

  @Test
  void theApiReadsTheChineseLabelAndRefusesWhatIsNoNumber() {
    TestClient.Response label = anonymous.get("/api/laws/civil-code/articles/" + encode("第一千零四十二条"));
    assertEquals(200, label.status(), label.body());
    assertEquals(1042, label.json().getInteger("number"));
    assertEquals(400, anonymous.get("/api/laws/civil-code/articles/abc").status());
    assertEquals(404, anonymous.get("/api/laws/civil-code/articles/0").status(), "a number, but no article");
    TestClient.Response beyond = anonymous.get("/api/laws/civil-code/articles/1261");
    assertEquals(404, beyond.status());
    assertTrue(beyond.json().getString("error").contains("共 1260 条"), beyond.body());
    TestClient.Response unknown = anonymous.get("/api/laws/no-such-law/articles/1");
    assertEquals(404, unknown.status());
    assertEquals("没有这部法律法规：no-such-law", unknown.json().getString("error"));
  }

  @Test
  void aWellKnownStatuteNotYetImportedSaysWhichFileToImport() {
    String message = "《中华人民共和国国家赔偿法》尚未导入：请系统管理员在“法规导入”页面导入 state-compensation-law.md";
    TestClient.Response api = anonymous.get("/api/laws/" + LEFT_OUT + "/articles/3");
    assertEquals(404, api.status());
    assertEquals(message, api.json().getString("error"));
    TestClient.Response page = anonymous.getHtml("/laws/" + LEFT_OUT + "/3");
    assertEquals(404, page.status());
    assertTrue(page.body().contains(message), page.body());
    assertEquals(404, anonymous.getHtml("/laws/" + LEFT_OUT).status());
    TestClient.Response plain = anonymous.getHtml("/laws/no-such-law/1");
    assertEquals(404, plain.status());
    assertFalse(plain.body().contains("尚未导入"));
  }

  @Test
  void theOutlineShowsTheBooksChaptersAndEveryArticleNumber() {
    TestClient.Response r = anonymous.getHtml("/laws/civil-code");
    assertEquals(200, r.status());
    String html = r.body();
    assertTrue(html.contains("第五编 婚姻家庭"), "the 编 of marriage and family");
    assertTrue(html.contains("<li id=\"h1-1040\"><a href=\"/laws/civil-code/1040\">第五编 婚姻家庭</a>"), "links to its first article");
    assertTrue(html.contains("第1040—1118条"), "with its article range");
    assertTrue(html.contains("第一分编 通则"), "分编 nest inside their 编");
    assertTrue(html.contains("<a href=\"/laws/civil-code/1260\">1260</a>"), "the index lists every number");
    assertTrue(html.contains("法律法规"), "the menu has the statutes");

    String constitution = anonymous.getHtml("/laws/constitution").body();
    assertTrue(constitution.contains("<h2>序言</h2>"), "the constitution's preamble is shown");
    assertTrue(constitution.contains("第一章 总纲"));
  }

  @Test
  void anArticlePageHasTitleBreadcrumbParagraphsAndNeighbours() {
    TestClient.Response r = anonymous.getHtml("/laws/civil-code/1042");
    assertEquals(200, r.status());
    String html = r.body();
    assertTrue(html.contains("<h1>第一千零四十二条</h1>"), html);
    assertTrue(html.contains("《中华人民共和国民法典》"));
    assertTrue(html.contains("<a href=\"/laws/civil-code#h1-1040\">第五编 婚姻家庭</a> › <a href=\"/laws/civil-code#h2-1040\">第一章 一般规定</a>"),
        "the breadcrumb 编 › 章");
    assertTrue(html.contains("<p>禁止包办、买卖婚姻"));
    assertTrue(html.contains("href=\"/laws/civil-code/1041\">‹ 第一千零四十一条"));
    assertTrue(html.contains("href=\"/laws/civil-code/1043\">第一千零四十三条 ›"));
    assertTrue(html.contains("<a href=\"/laws/civil-code\">目录"));

    String first = anonymous.getHtml("/laws/civil-code/1").body();
    assertFalse(first.contains("rel=\"prev\""), "the first article has no previous one");
    String last = anonymous.getHtml("/laws/civil-code/1260").body();
    assertFalse(last.contains("rel=\"next\""), "the last article has no next one");
  }

  @Test
  void chineseArticleAddressesRedirectToTheArabicOne() {
    for (String form : List.of("第一千零四十二条", "一千零四十二", "01042")) {
      TestClient.Response r = anonymous.getHtml("/laws/civil-code/" + encode(form));
      assertEquals(301, r.status(), form);
      assertEquals("/laws/civil-code/1042", r.header("Location"), form);
    }
    TestClient.Response beyond = anonymous.getHtml("/laws/civil-code/1261");
    assertEquals(404, beyond.status());
    assertTrue(beyond.body().contains("共 1260 条"));
    assertTrue(beyond.body().contains("<a href=\"/laws/civil-code\">返回《中华人民共和国民法典》目录</a>"));
    assertEquals(404, anonymous.getHtml("/laws/civil-code/abc").status());
  }

  @Test
  void theOutlineApiGivesTheHeadingTree() {
    JsonObject outline = anonymous.get("/api/laws/civil-code").json();
    assertEquals(1260, outline.getInteger("articleCount"));
    JsonObject marriage = outline.getJsonArray("headings").getJsonObject(4);
    assertEquals("第五编 婚姻家庭", marriage.getString("label"));
    assertEquals(1040, marriage.getInteger("firstArticle"));
    assertEquals(1118, marriage.getInteger("lastArticle"));
    assertEquals("第一章 一般规定", marriage.getJsonArray("children").getJsonObject(0).getString("label"));
    assertEquals(404, anonymous.get("/api/laws/" + LEFT_OUT).status());
  }
}
