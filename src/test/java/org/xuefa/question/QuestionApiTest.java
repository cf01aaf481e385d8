package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.demo.DemoData;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class QuestionApiTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient trainer;
  static TestClient learner;

  @BeforeAll
  static void start() {
    server = TestServer.startDemo(dir);
    trainer = server.client();
    trainer.login("trainer", DemoData.PASSWORD);
    learner = server.client();
    learner.login("learner", DemoData.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject question(String id, String stem) {
    return new JsonObject().put("id", id).put("type", "单选").put("stem", stem)
        .put("options", new JsonArray(List.of("甲", "乙", "丙"))).put("answer", new JsonArray(List.of("C")))
        .put("explanation", "因为丙").put("sources", new JsonArray(List.of("《行政许可法》第三条", "报告 2-2-1")))
        .put("tags", new JsonArray(List.of("接口测试"))).put("difficulty", "难");
  }

  @Test
  void theListHasTheContractShape() {
    TestClient.Response r = trainer.get("/api/questions?limit=5");
    assertEquals(200, r.status(), r.body());
    JsonObject body = r.json();
    assertTrue(body.getLong("total") >= 312, body.encode());
    JsonArray questions = body.getJsonArray("questions");
    assertEquals(5, questions.size());
    for (Object o : questions) {
      JsonObject q = (JsonObject) o;
      for (String field : List.of("id", "type", "stem", "options", "answer", "explanation", "source", "tags")) {
        assertTrue(q.containsKey(field), field + " missing in " + q.encode());
      }
      assertTrue(List.of("single", "multiple", "judge").contains(q.getString("type")));
      assertNotNull(q.getJsonObject("source").getString("title"));
      assertTrue(q.getJsonObject("source").getString("url").startsWith("/"));
      assertFalse(q.getJsonArray("answer").isEmpty());
      assertNotNull(q.getJsonArray("options").getJsonObject(0).getString("key"));
    }
  }

  @Test
  void theTagFilterAndPagingSliceTheSameOrderedList() {
    JsonObject all = trainer.get("/api/questions?tag=" + enc("国家赔偿法") + "&limit=200").json();
    assertEquals(14, all.getLong("total"), "the seeds tag 14 questions 国家赔偿法");
    all.getJsonArray("questions").forEach(o -> assertTrue(((JsonObject) o).getJsonArray("tags").contains("国家赔偿法")));
    JsonArray first = trainer.get("/api/questions?tag=" + enc("国家赔偿法") + "&limit=5").json().getJsonArray("questions");
    JsonArray second = trainer.get("/api/questions?tag=" + enc("国家赔偿法") + "&limit=5&offset=5").json()
        .getJsonArray("questions");
    assertEquals(all.getJsonArray("questions").getJsonObject(0).getString("id"), first.getJsonObject(0).getString("id"));
    assertEquals(all.getJsonArray("questions").getJsonObject(5).getString("id"), second.getJsonObject(0).getString("id"));
    JsonObject judges = trainer.get("/api/questions?type=judge&q=" + enc("宪法宣誓") + "&limit=200").json();
    assertTrue(judges.getLong("total") > 0);
    judges.getJsonArray("questions").forEach(o -> assertEquals("judge", ((JsonObject) o).getString("type")));
    assertEquals(400, trainer.get("/api/questions?type=essay").status());
    assertEquals(400, trainer.get("/api/questions?limit=100000").status());
  }

  @Test
  void learnersGet403AndAnonymousCallers401() {
    TestClient anonymous = server.client();
    assertEquals(401, anonymous.get("/api/questions").status());
    assertEquals(401, anonymous.postJson("/api/questions", question("ANON-1", "匿名")).status());
    assertEquals(403, learner.get("/api/questions").status());
    assertEquals(403, learner.get("/api/questions/QA1-001").status());
    assertEquals(403, learner.postJson("/api/questions", question("LEARN-1", "学员新建")).status());
    assertEquals(403, learner.putJson("/api/questions/QA1-001", question("QA1-001", "学员修改")).status());
    assertEquals(403, learner.postJson("/api/questions/QA1-001/clear", new JsonObject()).status());
    assertEquals(403, learner.postJson("/api/questions/QA1-001/retire", new JsonObject()).status());
    assertEquals(403, learner.getHtml("/trainer/questions").status());
    assertEquals(302, anonymous.getHtml("/trainer/questions").status());
    assertEquals(200, trainer.get("/api/questions/QA1-001").status());
  }

  @Test
  void trainersCreateEditRetireAndRestoreThroughTheApi() {
    TestClient.Response created = trainer.postJson("/api/questions", question("API-001", "接口新建的题目"));
    assertEquals(201, created.status(), created.body());
    JsonObject q = created.json();
    assertEquals(List.of("C"), q.getJsonArray("answer").getList());
    assertEquals("《行政许可法》第三条", q.getJsonObject("source").getString("title"));
    assertEquals("/laws/administrative-licensing-law/3", q.getJsonObject("source").getString("url"));
    assertEquals(1, q.getLong("version"));
    assertEquals(409, trainer.postJson("/api/questions", question("API-001", "同号")).status());

    TestClient.Response bad = trainer.postJson("/api/questions", question("API-002", "坏题").put("answer", "D"));
    assertEquals(400, bad.status());
    assertTrue(bad.json().getString("error").contains("没有选项D"), bad.body());
    assertEquals(400, trainer.postJson("/api/questions", question("API-003", "坏出处").put("sources", "刑法第1条")).status());
    assertEquals(400, trainer.postJson("/api/questions", question("API-004", "注入").put("stem",
        new JsonObject().put("$gt", ""))).status());

    TestClient.Response edited = trainer.putJson("/api/questions/API-001",
        question("API-001", "接口修改后的题目").put("version", 1));
    assertEquals(200, edited.status(), edited.body());
    assertEquals(2, edited.json().getLong("version"));
    assertEquals("接口修改后的题目", edited.json().getString("stem"));
    assertEquals(409, trainer.putJson("/api/questions/API-001", question("API-001", "过期版本").put("version", 1)).status());
    assertEquals(404, trainer.putJson("/api/questions/NOPE-1", question("NOPE-1", "不存在")).status());

    assertEquals("retired", trainer.postJson("/api/questions/API-001/retire", new JsonObject()).json().getString("status"));
    assertFalse(active().contains("API-001"));
    assertEquals("active", trainer.postJson("/api/questions/API-001/clear", new JsonObject()).json().getString("status"));
    assertTrue(active().contains("API-001"));
    JsonObject audit = trainer.get("/api/questions/API-001").json().getJsonObject("audit");
    assertEquals("trainer", audit.getString("clearedBy"));
    assertNotNull(audit.getString("clearedAt"));
  }

  @Test
  void trainersCreateAndEditThroughTheFormsWithoutScript() {
    TestClient.Response form = trainer.getHtml("/trainer/questions/new");
    assertEquals(200, form.status());
    assertTrue(form.body().contains("name=\"_csrf\""));
    Map<String, String> fields = Map.of("id", "FORM-001", "type", "multiple", "stem", "表单新建的多选题",
        "optionA", "一", "optionB", "二", "optionC", "三", "answer", "A", "sources", "宪法第二条", "tags", "表单、测试",
        "difficulty", "易");
    TestClient.Response rejected = trainer.postForm("/trainer/questions", fields, true);
    assertEquals(400, rejected.status());
    assertTrue(rejected.body().contains("多选题至少要有两个正确选项"), rejected.body());
    assertTrue(rejected.body().contains("表单新建的多选题"), "the typed values come back");
    assertEquals(403, trainer.postForm("/trainer/questions", fields, false).status(), "no CSRF field: refused");

    TestClient.Response saved = postChecked("/trainer/questions", fields, "A", "C");
    assertEquals(303, saved.status(), saved.body());
    JsonObject q = trainer.get("/api/questions/FORM-001").json();
    assertEquals(List.of("A", "C"), q.getJsonArray("answer").getList());
    assertEquals(List.of("表单", "测试"), q.getJsonArray("tags").getList());

    TestClient.Response edit = trainer.getHtml("/trainer/questions/FORM-001/edit");
    assertEquals(200, edit.status());
    assertTrue(edit.body().contains("《宪法》第二条"));
    Map<String, String> changed = new java.util.HashMap<>(fields);
    changed.put("stem", "表单修改后的多选题");
    changed.put("version", "1");
    assertEquals(303, postChecked("/trainer/questions/FORM-001/edit", changed, "B", "C").status());
    JsonObject after = trainer.get("/api/questions/FORM-001").json();
    assertEquals("表单修改后的多选题", after.getString("stem"));
    assertEquals(List.of("B", "C"), after.getJsonArray("answer").getList());
    assertEquals(409, postChecked("/trainer/questions/FORM-001/edit", changed, "B", "C").status(), "stale version");
  }

  @Test
  void aScriptInAStemIsShownAsTextOnTheTrainerPage() {
    String stem = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    assertEquals(201, trainer.postJson("/api/questions", question("XSS-001", stem)
        .put("explanation", "<b>粗体</b>")).status());
    TestClient.Response page = trainer.getHtml("/trainer/questions?q=XSS-001");
    assertEquals(200, page.status());
    assertFalse(page.body().contains("<script>alert"), "raw script in the page");
    assertFalse(page.body().contains("<img src=x"), "raw tag in the page");
    assertTrue(page.body().contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
        || page.body().contains("&lt;script&gt;alert("), page.body());
    assertTrue(page.body().contains("&lt;b&gt;粗体&lt;/b&gt;"));
  }

  @Test
  void theTrainerListShowsKeySourceStatisticsAndPaging() {
    QuestionStats stats = server.server().services().questions().stats();
    stats.record("QA1-003", true, List.of("A")).await();
    stats.record("QA1-003", false, List.of("C")).await();
    stats.record("QA1-003", true, List.of("A")).await();
    String html = trainer.getHtml("/trainer/questions?q=QA1-003").body();
    assertTrue(html.contains("作答 3 次 · 正确率 67%"), html);
    assertTrue(html.contains("q-key"));
    assertTrue(html.contains("href=\"/laws/constitution/64\""));
    JsonObject api = trainer.get("/api/questions/QA1-003").json().getJsonObject("stats");
    assertEquals(2, api.getLong("correct"));
    assertEquals(2, api.getJsonObject("choices").getLong("A"));
    String first = trainer.getHtml("/trainer/questions").body();
    assertTrue(first.contains("下一页") && first.contains("offset&#61;20"), "paging link");
    assertTrue(first.contains("href=\"/trainer/questions\"") && first.contains(">题库<"), "nav entry");
    assertTrue(first.contains("待复核"));
  }

  /** The form as a browser sends it with several answer boxes ticked: the field {@code answer} repeated. */
  private static TestClient.Response postChecked(String path, Map<String, String> fields, String... keys) {
    StringBuilder body = new StringBuilder("_csrf=" + enc(trainer.csrf()));
    fields.forEach((k, v) -> {
      if (!k.equals("answer")) {
        body.append('&').append(enc(k)).append('=').append(enc(v));
      }
    });
    for (String key : keys) {
      body.append("&answer=").append(key);
    }
    return trainer.postRaw(path, "application/x-www-form-urlencoded",
        body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static List<String> active() {
    return server.server().services().questionBank().active().await().stream().map(Question::id).toList();
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
