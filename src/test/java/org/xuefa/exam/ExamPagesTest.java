package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The pages without JavaScript: forms to start, answer and submit; the trainer's pages and their guards. */
class ExamPagesTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    ExamFixture.load(server);
    TestClient admin = server.admin();
    ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
    ExamFixture.addUser(admin, "uma", "learner", "市司法局");
    ExamFixture.addUser(admin, "vic", "learner", "市司法局");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anExamCanBeTakenWithPlainFormsAndShowsTheResultPage() {
    TestClient trainer = ExamFixture.login(server, "tina");
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("无脚本考试", 600, 3));
    TestClient uma = ExamFixture.login(server, "uma");
    assertTrue(uma.getHtml("/exams").body().contains("无脚本考试"));
    TestClient.Response started = uma.postForm("/exams/" + examId + "/start", Map.of(), true);
    assertEquals(302, started.status());
    String location = started.header("Location");
    assertTrue(location.startsWith("/attempts/"), location);
    String attemptId = location.substring("/attempts/".length());
    String page = uma.getHtml(location).body();
    ExamApiTest.assertNoKey(page);
    assertTrue(page.contains("data-remaining=") && page.contains("/static/js/exam.js"));

    var keys = ExamFixture.keys(server, attemptId);
    for (var k : keys.entrySet()) {
      TestClient.Response saved = uma.postForm("/attempts/" + attemptId + "/answers/" + k.getKey(),
          Map.of("choice", k.getValue().getString(0)), true);
      assertEquals(302, saved.status());
      assertEquals("/attempts/" + attemptId + "#q-" + k.getKey(), saved.header("Location"));
    }
    assertTrue(uma.getHtml(location).body().contains(" checked"));
    assertEquals(403, uma.postForm("/attempts/" + attemptId + "/submit", Map.of(), false).status(), "CSRF field needed");
    assertEquals(302, uma.postForm("/attempts/" + attemptId + "/submit", Map.of(), true).status());
    String result = uma.getHtml(location).body();
    assertTrue(result.contains("id=\"result\""));
    assertTrue(result.contains("EXPLAIN-"));
    assertTrue(result.contains("/certificates/XF-") || !keys.values().stream().allMatch(v -> v.size() == 1),
        "a pass shows its certificate");
  }

  @Test
  void trainersCreateExamsByFormAndSeeResultsLearnersDoNot() {
    TestClient trainer = ExamFixture.login(server, "tina");
    assertEquals(200, trainer.getHtml("/trainer/exams").status());
    TestClient.Response created = trainer.postForm("/trainer/exams", Map.of("title", "表单建的考试", "minutes", "30",
        "passScore", "60", "questionCount", "", "maxAttempts", "2", "sections", "宪法|单选|3|2\n|判断|2|"), true);
    assertEquals(302, created.status(), created.body());
    String examPage = created.header("Location");
    String examId = examPage.substring("/trainer/exams/".length());
    JsonObject exam = trainer.get("/api/exams/" + examId).json();
    assertEquals(5, exam.getInteger("questionCount"));
    assertEquals(1800, exam.getInteger("timeLimitSeconds"));

    TestClient vic = ExamFixture.login(server, "vic");
    String attemptId = vic.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json().getString("attemptId");
    String page = trainer.getHtml(examPage).body();
    assertTrue(page.contains("样例vic") && page.contains("作答中"), "the results table lists vic in progress");
    TestClient.Response extended = trainer.postForm(examPage + "/attempts/" + attemptId + "/extra-time",
        Map.of("minutes", "5", "reason", "设备故障"), true);
    assertEquals(200, extended.status());
    assertTrue(extended.body().contains("已延长 5 分钟") && extended.body().contains("设备故障"));

    TestClient.Response bad = trainer.postForm("/trainer/exams", Map.of("title", "太多题", "minutes", "30",
        "passScore", "60", "questionCount", "999", "maxAttempts", "1"), true);
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("form-error"));

    assertEquals(403, vic.getHtml("/trainer/exams").status());
    assertEquals(403, vic.get("/trainer/exams/" + examId + "/results.csv").status());
    assertFalse(vic.getHtml("/exams").body().contains("考试管理"), "no trainer menu for learners");
    assertEquals(302, server.client().getHtml("/exams").status(), "anonymous: to the login page");
  }

  @Test
  void practiceAndWrongBookPagesWorkWithForms() {
    TestClient uma = ExamFixture.login(server, "uma");
    assertTrue(uma.getHtml("/practice").body().contains("行政处罚法"));
    TestClient.Response created = uma.postForm("/practice", Map.of("tag", "宪法", "count", "2"), true);
    assertEquals(302, created.status());
    String location = created.header("Location");
    String practiceId = location.substring("/practice/".length());
    String page = uma.getHtml(location).body();
    assertFalse(page.contains("EXPLAIN-"));
    JsonObject doc = ExamFixture.mongo(server).findOne("practice", new JsonObject().put("_id", practiceId), null).await();
    JsonObject q = doc.getJsonArray("paper").getJsonObject(0);
    String wrong = ExamFixture.wrong(q, q.getJsonArray("answer")).getString(0);
    assertEquals(302, uma.postForm(location + "/answers/" + q.getString("id"), Map.of("choice", wrong), true).status());
    assertTrue(uma.getHtml(location).body().contains("EXPLAIN-" + q.getString("id")));
    assertTrue(uma.getHtml("/wrongbook").body().contains("EXPLAIN-" + q.getString("id")));
    assertEquals(302, uma.postForm("/wrongbook/practice", Map.of("count", "5"), true).status());
  }
}
