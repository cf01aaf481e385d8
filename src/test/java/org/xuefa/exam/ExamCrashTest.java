package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.ServerProcess;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** kill -9 in the middle of an exam: after a restart the same paper, answers and deadline; expiry still happens. */
class ExamCrashTest {

  @Test
  void anAttemptResumesAfterKillDashNineWithTheSamePaperAnswersAndDeadline(@TempDir Path dir) throws Exception {
    String examId;
    String shortExamId;
    try (TestServer setup = TestServer.start(dir)) {
      ExamFixture.load(setup);
      TestClient admin = setup.admin();
      ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
      ExamFixture.addUser(admin, "kim", "learner", "市司法局");
      TestClient trainer = ExamFixture.login(setup, "tina");
      examId = ExamFixture.createExam(trainer, ExamFixture.exam("断电考试", 600, 8));
      shortExamId = ExamFixture.createExam(trainer, ExamFixture.exam("断电期间到时", 3, 3));
    }

    JsonObject before;
    JsonObject answers = new JsonObject();
    try (ServerProcess node = ServerProcess.start(dir, Map.of(), "serve")) {
      TestClient kim = client(node.awaitListening());
      before = kim.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
      String id = before.getString("attemptId");
      for (int i = 0; i < 5; i++) {
        JsonObject q = before.getJsonArray("questions").getJsonObject(i);
        JsonArray choice = new JsonArray().add(q.getJsonArray("options").getJsonObject(i % 2).getString("key"));
        assertEquals(200, ExamFixture.answer(kim, id, q.getString("id"), choice).status());
        answers.put(q.getString("id"), choice);
      }
      JsonObject shortAttempt = kim.postJson("/api/exams/" + shortExamId + "/attempts", new JsonObject()).json();
      String q = shortAttempt.getJsonArray("questions").getJsonObject(0).getString("id");
      assertEquals(200, ExamFixture.answer(kim, shortAttempt.getString("attemptId"), q, new JsonArray().add("A")).status());
      node.kill();
    }

    try (ServerProcess node = ServerProcess.start(dir, Map.of(), "serve")) {
      int port = node.awaitListening();
      TestClient trainer = new TestClient("http://127.0.0.1:" + port);
      trainer.login("tina", ExamFixture.PASSWORD);
      Eventually.within(Duration.ofSeconds(20), "the attempt that ran out during the outage is closed by the sweeper",
          () -> "expired".equals(trainer.get("/api/exams/" + shortExamId + "/results").json().getJsonArray("rows")
              .getJsonObject(0).getString("status")));

      TestClient kim = client(port);
      TestClient.Response resumed = kim.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
      assertEquals(200, resumed.status(), resumed.body());
      JsonObject after = resumed.json();
      assertEquals(before.getString("attemptId"), after.getString("attemptId"));
      assertEquals(before.getJsonArray("questions"), after.getJsonArray("questions"));
      assertEquals(before.getString("deadline"), after.getString("deadline"));
      assertEquals(answers, after.getJsonObject("answers"));
      JsonObject submitted = kim.postJson("/api/attempts/" + after.getString("attemptId") + "/submit",
          new JsonObject()).json();
      assertEquals("submitted", submitted.getString("status"));
      assertEquals(8, submitted.getJsonObject("result").getInteger("questionCount"));
    }
  }

  private static TestClient client(int port) {
    TestClient c = new TestClient("http://127.0.0.1:" + port);
    c.login("kim", ExamFixture.PASSWORD);
    return c;
  }
}
