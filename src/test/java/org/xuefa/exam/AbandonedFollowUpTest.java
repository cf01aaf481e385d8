package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * A close whose follow-up (the person's record, counters, wrong-answer book) did not finish — its node
 * was killed, or the store went away half-way — is finished by the next submit or start of that
 * person, or by the sweeper half a minute later; not only once the exam's deadline has passed. The
 * counters and the per-question statistics move once all the same.
 */
class AbandonedFollowUpTest {

  @Test
  void anEarlySubmitsUnfinishedFollowUpIsSweptWithinHalfAMinuteAndRepairedByASubmitOrAStart(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      ExamFixture.load(server);
      TestClient admin = server.admin();
      ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
      for (String u : new String[] {"kim", "lee", "may"}) {
        ExamFixture.addUser(admin, u, "learner", "市司法局");
      }
      TestClient trainer = ExamFixture.login(server, "tina");
      String examId = ExamFixture.createExam(trainer, ExamFixture.exam("半途断电", 3600, 4).put("maxAttempts", 2));
      MongoClient mongo = ExamFixture.mongo(server);
      AttemptRepository attempts = new AttemptRepository(mongo);

      // kim: the follow-up fails half-way (her wrong-answer book cannot be read); the submit still answers.
      TestClient kim = ExamFixture.login(server, "kim");
      String kimAttempt = start(kim, examId);
      mongo.save(WrongBook.COLLECTION, new JsonObject().put("_id", "kim").put("items", "broken")).await();
      TestClient.Response submitted = kim.postJson("/api/attempts/" + kimAttempt + "/submit", new JsonObject());
      assertEquals(200, submitted.status(), submitted.body());
      assertEquals("submitted", submitted.json().getString("status"));
      long closedAt = ExamFixture.stored(server, kimAttempt).getLong("closedAt");
      JsonObject entry = openEntry(mongo, kimAttempt);
      assertNotNull(entry, "the unfinished follow-up keeps the open entry");
      assertTrue(entry.getLong("closeAt") <= closedAt + ExpirySweeper.ABANDONED_MS,
          "due half a minute after the submit, not at the deadline an hour away: " + entry.encode());
      mongo.removeDocument(WrongBook.COLLECTION, new JsonObject().put("_id", "kim")).await();
      ExpirySweeper sweeper = server.server().services().exams().sweeper();
      sweeper.sweep(closedAt + ExpirySweeper.ABANDONED_MS + 1000).await();
      assertNull(openEntry(mongo, kimAttempt), "the sweeper finished the follow-up");
      JsonObject book = mongo.findOne(WrongBook.COLLECTION, new JsonObject().put("_id", "kim"), null).await();
      assertNotNull(book, "the wrong answers reached the book");
      assertTrue(book.encode().contains("attempt:" + kimAttempt), book.encode());

      // lee and may: closed by a node that died before any follow-up (the state it leaves, written here).
      TestClient lee = ExamFixture.login(server, "lee");
      String leeAttempt = start(lee, examId);
      closeWithoutFollowUp(attempts, leeAttempt);
      TestClient may = ExamFixture.login(server, "may");
      String mayAttempt = start(may, examId);
      closeWithoutFollowUp(attempts, mayAttempt);
      assertEquals("in_progress", row(trainer, examId, "may").getString("status"), "the state a crash leaves");

      TestClient.Response again = may.postJson("/api/attempts/" + mayAttempt + "/submit", new JsonObject());
      assertEquals(200, again.status(), again.body());
      JsonObject mayRow = row(trainer, examId, "may");
      assertEquals("submitted", mayRow.getString("status"), "a second submit finishes the follow-up: " + mayRow);
      assertEquals(again.json().getJsonObject("result").getValue("score"), mayRow.getValue("score"));

      TestClient.Response second = lee.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
      assertEquals(201, second.status(), "a start finishes the old follow-up, then draws a new paper: " + second.body());
      assertEquals(2, second.json().getInteger("attemptNo"));
      JsonObject leeRow = row(trainer, examId, "lee");
      assertEquals(leeAttempt, leeRow.getString("bestAttemptId"), leeRow.encode());
      assertNull(openEntry(mongo, leeAttempt));

      JsonObject unit = trainer.get("/api/reports/completion?examId=" + examId).json().getJsonArray("units")
          .getJsonObject(0);
      assertEquals(3, unit.getInteger("started"), unit.encode());
      assertEquals(3, unit.getInteger("submitted"), "each person counted once: " + unit.encode());
      Eventually.within(Duration.ofSeconds(10), "the per-question statistics of all three closed papers, once",
          () -> mongo.find("question_stats", new JsonObject()).await().stream()
              .mapToInt(d -> d.getInteger("attempts", 0)).sum() == 3 * 4);

      // A counter left behind by a kill between a record's change and the counter's update: rebuilt at start.
      mongo.updateCollection(ExamStats.COLLECTION, new JsonObject().put("examId", examId),
          new JsonObject().put("$set", new JsonObject().put(ExamStats.SUBMITTED, 1).put(ExamStats.STARTED, 2))).await();
      assertEquals(1, server.server().services().exams().recountCompletion().await().intValue());
      JsonObject rebuilt = trainer.get("/api/reports/completion?examId=" + examId).json().getJsonArray("units")
          .getJsonObject(0);
      assertEquals(3, rebuilt.getInteger("started"), rebuilt.encode());
      assertEquals(3, rebuilt.getInteger("submitted"), rebuilt.encode());
      assertEquals(unit.getInteger("passed"), rebuilt.getInteger("passed"), rebuilt.encode());
      assertEquals(0, server.server().services().exams().recountCompletion().await().intValue(), "nothing left to fix");
    }
  }

  private static String start(TestClient c, String examId) {
    TestClient.Response r = c.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(201, r.status(), r.body());
    JsonObject q = r.json().getJsonArray("questions").getJsonObject(0);
    JsonArray choice = new JsonArray().add(q.getJsonArray("options").getJsonObject(0).getString("key"));
    assertEquals(200, ExamFixture.answer(c, r.json().getString("attemptId"), q.getString("id"), choice).status());
    return r.json().getString("attemptId");
  }

  /** What a submit leaves when its node dies right after the close: entry due soon, attempt graded, nothing else. */
  private static void closeWithoutFollowUp(AttemptRepository attempts, String id) {
    long now = System.currentTimeMillis();
    Attempt a = attempts.find(id).await().orElseThrow();
    attempts.open(id, now + ExpirySweeper.ABANDONED_MS).await();
    Result result = Grader.grade(a.paper(), a.answers(), a.rule(), a.passScore());
    assertTrue(attempts.close(a, Attempt.SUBMITTED, result, now, "submit").await());
  }

  private static JsonObject openEntry(MongoClient mongo, String id) {
    return mongo.findOne(AttemptRepository.OPEN, new JsonObject().put("_id", id), null).await();
  }

  private static JsonObject row(TestClient trainer, String examId, String username) {
    for (Object o : trainer.get("/api/exams/" + examId + "/results").json().getJsonArray("rows")) {
      JsonObject r = (JsonObject) o;
      if (username.equals(r.getString("username"))) {
        return r;
      }
    }
    throw new AssertionError("no results row for " + username);
  }
}
