package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class SearchApiTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient anonymous;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    anonymous = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject search(String q, String extra) {
    TestClient.Response r = anonymous.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  @Test
  void healthCountsTheIndexedPassages() {
    assertTrue(anonymous.get("/health").json().getInteger("indexDocs") >= 52);
  }

  @Test
  void theContractShapeWithOpenAccessFacetsAndSnippets() {
    JsonObject body = search("宪法宣誓", "&type=report");
    assertEquals("宪法宣誓", body.getString("query"));
    assertTrue(body.getInteger("total") > 0);
    JsonObject first = body.getJsonArray("hits").getJsonObject(0);
    assertEquals("report:1-2-1", first.getString("id"));
    assertEquals("report", first.getString("type"));
    assertEquals("/report?p=1-2-1#p1-2-1", first.getString("url"));
    assertTrue(first.getString("text").contains("27名单位主要负责人进行宪法宣誓"));
    assertTrue(first.getString("snippet").contains("<mark>"));
    assertTrue(first.containsKey("score") && first.containsKey("title"));
    assertTrue(body.getJsonObject("facets").getInteger("report") > 0);
  }

  @Test
  void pagingMovesThroughTheSameResults() {
    JsonArray page1 = search("法治", "&limit=3&offset=0").getJsonArray("hits");
    JsonArray page2 = search("法治", "&limit=3&offset=3").getJsonArray("hits");
    assertEquals(3, page1.size());
    assertEquals(3, page2.size());
    assertFalse(page1.getJsonObject(0).getString("id").equals(page2.getJsonObject(0).getString("id")));
  }

  @Test
  void hostileQueriesAreAnsweredAndEscaped() {
    for (String q : new String[] {"<script>alert(1)</script>", "\"unbalanced", "AND OR NOT * ? ~ ^ : [ ] { } ( ) \\ /",
        "宪法\" OR \"1\"=\"1", "x".repeat(190), "   "}) {
      JsonObject body = search(q, "");
      for (Object o : body.getJsonArray("hits")) {
        String snippet = ((JsonObject) o).getString("snippet");
        assertFalse(snippet.contains("<script"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
      }
    }
    String html = anonymous.getHtml("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8)).body();
    assertFalse(html.contains("<script>alert(1)</script>"));
  }

  @Test
  void badParametersAre400() {
    assertEquals(400, anonymous.get("/api/search?q=x&type=bogus").status());
    assertEquals(400, anonymous.get("/api/search?q=x&limit=abc").status());
    assertEquals(400, anonymous.get("/api/search?q=x&limit=1000").status());
  }

  @Test
  void suggestionsCompleteWhatIsTyped() {
    JsonObject body = anonymous.get("/api/suggest?q=" + URLEncoder.encode("宪法", StandardCharsets.UTF_8)).json();
    assertTrue(body.getJsonArray("suggestions").stream().anyMatch(s -> s.toString().startsWith("宪法")), body.encode());
  }

  @Test
  void theSearchPageShowsFacetsAndHighlightedHits() {
    String html = anonymous.getHtml("/search?q=" + URLEncoder.encode("一窗受理怎么办事", StandardCharsets.UTF_8)).body();
    assertTrue(html.contains("<mark>"));
    assertTrue(html.contains("工作报告"));
    assertTrue(html.contains("#p2-2-2\""), "the answering paragraph is listed");
  }

  @Test
  void questionsAreSearchableByStemWithoutTheirKeyOrExplanation() {
    JsonObject body = search("国家工作人员就职时应当依照法律规定公开进行", "&type=question");
    assertTrue(body.getInteger("total") > 0, body.encode());
    JsonObject first = body.getJsonArray("hits").getJsonObject(0);
    assertEquals("question", first.getString("type"));
    assertTrue(first.getString("url").startsWith("/practice/question/"));
    String text = first.getString("text");
    assertTrue(text.contains("宪法宣誓"), "options are searchable: " + text);
    assertFalse(text.contains("第二十七条第三款"), "the explanation is not in the index: " + text);
    assertFalse(body.encode().contains("\"answer\""), body.encode());
    TestClient learner = server.client();
    server.admin().postJson("/api/users", new JsonObject().put("username", "searcher").put("role", "learner")
        .put("unit", "市司法局").put("password", "password-searcher"));
    learner.login("searcher", "password-searcher");
    TestClient.Response opened = learner.getHtml(first.getString("url"));
    assertEquals(302, opened.status(), "the hit opens a practice of that question");
    assertTrue(opened.header("Location").startsWith("/practice/"), opened.header("Location"));
    assertEquals(200, learner.getHtml(opened.header("Location")).status());
  }
}
