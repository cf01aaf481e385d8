package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** Practice gives the key right after each answer; the wrong-answer book collects and releases questions. */
class PracticeTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    ExamFixture.load(server);
    TestClient admin = server.admin();
    ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
    ExamFixture.addUser(admin, "pia", "learner", "市司法局");
    ExamFixture.addUser(admin, "quinn", "learner", "市司法局");
    ExamFixture.addUser(admin, "rex", "learner", "市司法局");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject practice(TestClient c, JsonObject body) {
    TestClient.Response r = c.postJson("/api/practice", body);
    assertEquals(201, r.status(), r.body());
    ExamApiTest.assertNoKey(r.body());
    return r.json();
  }

  static JsonArray keyOf(String practiceId, String qid) {
    JsonObject doc = ExamFixture.mongo(server).findOne("practice", new JsonObject().put("_id", practiceId), null).await();
    return doc.getJsonArray("paper").stream().map(o -> (JsonObject) o).filter(q -> q.getString("id").equals(qid))
        .findFirst().orElseThrow().getJsonArray("answer");
  }

  static JsonArray wrongBook(TestClient c) {
    return c.get("/api/wrongbook").json().getJsonArray("items");
  }

  @Test
  void aWrongPracticeAnswerShowsTheKeyAndGoesIntoTheBookUntilAnsweredRightTwice() {
    TestClient pia = ExamFixture.login(server, "pia");
    JsonObject p = practice(pia, new JsonObject().put("tag", "行政处罚法").put("count", 3));
    assertEquals(3, p.getJsonArray("questions").size());
    JsonObject q = p.getJsonArray("questions").getJsonObject(0);
    String qid = q.getString("id");
    assertTrue(qid.startsWith("QT-M"));
    JsonArray key = keyOf(p.getString("id"), qid);

    JsonObject feedback = pia.putJson("/api/practice/" + p.getString("id") + "/answers/" + qid,
        new JsonObject().put("choice", ExamFixture.wrong(q, key))).json();
    assertEquals(false, feedback.getBoolean("correct"));
    assertEquals(key, feedback.getJsonArray("answer"));
    assertEquals("EXPLAIN-" + qid + " 依据条文。", feedback.getString("explanation"));
    assertEquals("/laws/constitution/27", feedback.getJsonObject("source").getString("url"));
    assertEquals(1, wrongBook(pia).size());
    assertEquals(qid, wrongBook(pia).getJsonObject(0).getString("questionId"));
    assertTrue(pia.getHtml("/wrongbook").body().contains("EXPLAIN-" + qid));

    for (int round = 1; round <= 2; round++) {
      JsonObject again = practice(pia, new JsonObject().put("fromWrongBook", true));
      assertEquals(1, again.getJsonArray("questions").size());
      String id = again.getString("id");
      JsonObject right = pia.putJson("/api/practice/" + id + "/answers/" + qid,
          new JsonObject().put("choice", keyOf(id, qid))).json();
      assertEquals(true, right.getBoolean("correct"));
      assertEquals(round == 2, right.getBoolean("leftWrongBook"));
      assertEquals(round == 1 ? 1 : 0, wrongBook(pia).size());
    }
    assertEquals(400, pia.postJson("/api/practice", new JsonObject().put("fromWrongBook", true)).status());
  }

  @Test
  void examMistakesEnterTheBookOnlyOnceTheAttemptIsClosed() {
    TestClient trainer = ExamFixture.login(server, "tina");
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("错题来源", 600, 3));
    TestClient quinn = ExamFixture.login(server, "quinn");
    JsonObject a = quinn.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    JsonObject q = a.getJsonArray("questions").getJsonObject(0);
    ExamFixture.answer(quinn, id, q.getString("id"), ExamFixture.wrong(q, ExamFixture.keys(server, id).get(q.getString("id"))));
    assertEquals(0, wrongBook(quinn).size(), "nothing before closing: the book would give the key away");
    quinn.postJson("/api/attempts/" + id + "/submit", new JsonObject());
    JsonArray book = wrongBook(quinn);
    assertEquals(3, book.size(), "one wrong and two unanswered");
    assertTrue(book.stream().anyMatch(o -> ((JsonObject) o).getString("questionId").equals(q.getString("id"))));
  }

  @Test
  void anotherPersonsPracticeIsNotFoundAndBadInputIsRefused() {
    TestClient rex = ExamFixture.login(server, "rex");
    JsonObject p = practice(rex, new JsonObject().put("tag", "宪法").put("count", 2));
    String qid = p.getJsonArray("questions").getJsonObject(0).getString("id");
    TestClient pia = ExamFixture.login(server, "pia");
    assertEquals(404, pia.get("/api/practice/" + p.getString("id")).status());
    assertEquals(404, pia.putJson("/api/practice/" + p.getString("id") + "/answers/" + qid,
        new JsonObject().put("choice", new JsonArray().add("A"))).status());
    assertEquals(400, rex.postJson("/api/practice", new JsonObject().put("tag", "没有这个标签")).status());
    assertEquals(400, rex.postJson("/api/practice", new JsonObject().put("count", 500)).status());
    assertEquals(400, rex.putJson("/api/practice/" + p.getString("id") + "/answers/" + qid,
        new JsonObject().put("choice", new JsonArray())).status());
    JsonObject shown = rex.get("/api/practice/" + p.getString("id")).json();
    assertFalse(shown.encode().contains("EXPLAIN-"), "no feedback before answering");
    rex.putJson("/api/practice/" + p.getString("id") + "/answers/" + qid, new JsonObject().put("choice", new JsonArray().add("A")));
    assertTrue(rex.get("/api/practice/" + p.getString("id")).json().getJsonObject("feedback").containsKey(qid));
    assertTrue(rex.getHtml("/practice/" + p.getString("id")).body().contains("EXPLAIN-" + qid));
  }
}
