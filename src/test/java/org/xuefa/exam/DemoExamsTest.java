package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The sample exams draw from the shipped seed bank: the certificate exam's paper is 80 questions, 100 points. */
class DemoExamsTest {

  @Test
  void theSampleCertificateExamDrawsAHundredPointPaperFromTheSeedBank(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      DemoExams.load(server.server().services().exams(), "trainer", "市司法局", System.currentTimeMillis()).await();
      ExamFixture.addUser(server.admin(), "wen", "learner", "市行政审批局");
      TestClient wen = ExamFixture.login(server, "wen");
      JsonArray exams = wen.get("/api/exams").json().getJsonArray("exams");
      assertEquals(2, exams.size());
      JsonObject certificate = exams.stream().map(o -> (JsonObject) o)
          .filter(e -> e.getString("title").startsWith("行政执法资格考试")).findFirst().orElseThrow();
      assertEquals(80, certificate.getInteger("questionCount"));
      assertEquals(2, certificate.getInteger("attemptsRemaining"));
      JsonObject attempt = wen.postJson("/api/exams/" + certificate.getString("id") + "/attempts", new JsonObject()).json();
      int points = attempt.getJsonArray("questions").stream().mapToInt(o -> ((JsonObject) o).getInteger("points")).sum();
      assertEquals(100, points);
      ExamApiTest.assertNoKey(attempt.encode());
      assertTrue(attempt.getLong("remainingSeconds") > 5300);
    }
  }
}
