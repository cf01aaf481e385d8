package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The server's clock decides: late answers, expiry with nobody asking, extra time and grace periods. */
class ExamClockTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient trainer;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    ExamFixture.load(server);
    TestClient admin = server.admin();
    ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
    for (String u : new String[] {"lou", "mia", "ned", "ola", "pam"}) {
      ExamFixture.addUser(admin, u, "learner", "市司法局");
    }
    trainer = ExamFixture.login(server, "tina");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void waitPast(String isoDeadline) {
    long deadline = Instant.parse(isoDeadline).toEpochMilli();
    Eventually.within(Duration.ofSeconds(15), "the clock passes " + isoDeadline,
        () -> System.currentTimeMillis() > deadline + 100);
  }

  @Test
  void anAnswerAfterTheDeadlineIs409AndTheResultUsesOnlyWhatWasSavedBefore() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("两秒考试", 2, 4)
        .put("sections", new JsonArray().add(new JsonObject().put("type", "单选").put("count", 4))));
    TestClient lou = ExamFixture.login(server, "lou");
    JsonObject a = lou.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    Map<String, JsonArray> keys = ExamFixture.keys(server, id);
    String q1 = a.getJsonArray("questions").getJsonObject(0).getString("id");
    String q2 = a.getJsonArray("questions").getJsonObject(1).getString("id");
    assertEquals(200, ExamFixture.answer(lou, id, q1, keys.get(q1)).status());
    waitPast(a.getString("deadline"));
    TestClient.Response late = ExamFixture.answer(lou, id, q2, keys.get(q2));
    assertEquals(409, late.status(), late.body());
    assertTrue(late.json().getString("error").contains("不再接受"));

    JsonObject closed = lou.get("/api/attempts/" + id).json();
    assertEquals("expired", closed.getString("status"));
    assertEquals(1, closed.getJsonObject("result").getInteger("score"));
    assertEquals(4, closed.getJsonObject("result").getInteger("maxScore"));
    assertEquals(new JsonObject().put(q1, keys.get(q1)), closed.getJsonObject("answers"));
    JsonObject submitted = lou.postJson("/api/attempts/" + id + "/submit", new JsonObject()).json();
    assertEquals("expired", submitted.getString("status"), "a submit after the deadline answers the expired result");
    assertEquals(closed.getJsonObject("result"), submitted.getJsonObject("result"));
  }

  @Test
  void anAttemptNobodySubmitsIsClosedByTheServerOnItsOwn() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("无人交卷", 1, 3));
    TestClient mia = ExamFixture.login(server, "mia");
    JsonObject a = mia.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    String q1 = a.getJsonArray("questions").getJsonObject(0).getString("id");
    ExamFixture.answer(mia, id, q1, ExamFixture.keys(server, id).get(q1));
    Eventually.within(Duration.ofSeconds(15), "the sweeper closes the attempt",
        () -> !"in_progress".equals(ExamFixture.stored(server, id).getString("status")));
    JsonObject doc = ExamFixture.stored(server, id);
    assertEquals("expired", doc.getString("status"));
    assertEquals("sweeper", doc.getString("closedBy"));
    assertTrue(doc.getJsonObject("result").getInteger("score") > 0);
    Eventually.within(Duration.ofSeconds(5), "the open entry is removed", () -> ExamFixture.mongo(server)
        .findOne("open_attempts", new JsonObject().put("_id", id), null).await() == null);
    JsonObject row = trainer.get("/api/exams/" + examId + "/results").json().getJsonArray("rows").getJsonObject(0);
    assertEquals("expired", row.getString("status"));
    assertNull(row.getString("currentAttemptId"));
  }

  @Test
  void extraTimeMovesTheDeadlineAndIsKeptOnRecord() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("延时", 2, 3));
    TestClient ned = ExamFixture.login(server, "ned");
    JsonObject a = ned.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    TestClient.Response extended = trainer.postJson("/api/attempts/" + id + "/extra-time",
        new JsonObject().put("seconds", 120).put("reason", "网络故障"));
    assertEquals(200, extended.status(), extended.body());
    assertTrue(Instant.parse(extended.json().getString("deadline")).isAfter(Instant.parse(a.getString("deadline"))));
    waitPast(a.getString("deadline"));
    String q1 = a.getJsonArray("questions").getJsonObject(0).getString("id");
    assertEquals(200, ExamFixture.answer(ned, id, q1, new JsonArray().add("A")).status());
    JsonObject now = ned.get("/api/attempts/" + id).json();
    assertEquals("in_progress", now.getString("status"));
    assertTrue(now.getLong("remainingSeconds") > 100);
    assertEquals("extra-time", ExamFixture.stored(server, id).getJsonArray("overrides").getJsonObject(0).getString("kind"));
    assertEquals("网络故障", trainer.get("/api/exams/" + examId + "/overrides").json().getJsonArray("overrides")
        .getJsonObject(0).getString("reason"));
    assertEquals(403, ned.postJson("/api/attempts/" + id + "/extra-time", new JsonObject().put("seconds", 60)).status());
  }

  @Test
  void inAGracePeriodASubmitIsTakenButNoAnswerChanges() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("宽限", 2, 3));
    TestClient ola = ExamFixture.login(server, "ola");
    JsonObject a = ola.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    assertEquals(200, trainer.postJson("/api/attempts/" + id + "/grace",
        new JsonObject().put("seconds", 120).put("reason", "停电")).status());
    waitPast(a.getString("deadline"));
    String q1 = a.getJsonArray("questions").getJsonObject(0).getString("id");
    assertEquals(409, ExamFixture.answer(ola, id, q1, new JsonArray().add("A")).status());
    JsonObject during = ola.get("/api/attempts/" + id).json();
    assertEquals("in_progress", during.getString("status"));
    assertEquals(false, during.getBoolean("canAnswer"));
    assertEquals(true, during.getBoolean("canSubmit"));
    JsonObject submitted = ola.postJson("/api/attempts/" + id + "/submit", new JsonObject()).json();
    assertEquals("submitted", submitted.getString("status"));
  }

  @Test
  void theExamsClosingTimeCapsTheDeadline() {
    String closes = Instant.now().plusSeconds(30).toString();
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("即将截止", 3600, 3).put("closesAt", closes));
    TestClient pam = ExamFixture.login(server, "pam");
    JsonObject a = pam.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    assertEquals(Instant.parse(closes).toEpochMilli(), Instant.parse(a.getString("deadline")).toEpochMilli());
    assertTrue(a.getLong("remainingSeconds") <= 30);
  }
}
