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

/** The shipped seed bank fills the certificate exam's usual paper: 单选 40 × 1, 多选 20 × 2, 判断 20 × 1 = 100 分. */
class SeedBankExamTest {

  @Test
  void theGeneralPartOfTheCertificateExamDrawsAHundredPointPaperFromTheSeedBank(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      TestClient admin = server.admin();
      ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
      ExamFixture.addUser(admin, "wen", "learner", "市行政审批局");
      JsonObject body = new JsonObject().put("title", "行政执法资格考试·通用法律知识").put("timeLimitSeconds", 90 * 60)
          .put("passScore", 60).put("maxAttempts", 2).put("sections", new JsonArray()
              .add(section("单选", 40, 1)).add(section("多选", 20, 2)).add(section("判断", 20, 1)));
      String examId = ExamFixture.createExam(ExamFixture.login(server, "tina"), body);
      TestClient wen = ExamFixture.login(server, "wen");
      JsonObject listed = wen.get("/api/exams/" + examId).json();
      assertEquals(80, listed.getInteger("questionCount"));
      assertEquals(2, listed.getInteger("attemptsRemaining"));
      JsonObject attempt = wen.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
      JsonArray questions = attempt.getJsonArray("questions");
      assertEquals(100, questions.stream().mapToInt(o -> ((JsonObject) o).getInteger("points")).sum());
      assertEquals("single", questions.getJsonObject(0).getString("type"));
      assertEquals("judge", questions.getJsonObject(79).getString("type"));
      ExamApiTest.assertNoKey(attempt.encode());
      assertTrue(attempt.getLong("remainingSeconds") > 5300);
    }
  }

  private static JsonObject section(String type, int count, int points) {
    return new JsonObject().put("tag", "执法资格").put("type", type).put("count", count).put("points", points);
  }
}
