package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * A small question bank with markers (EXPLAIN-…, SRC-…) that must never reach a learner before the
 * attempt closes, people in two units, and helpers to read the key of a drawn paper from the store.
 */
public final class ExamFixture {

  static final String PASSWORD = "password-exam-1";

  private ExamFixture() {}

  /** 12 单选 and 6 判断 tagged 宪法, 6 多选 tagged 行政处罚法, 2 under review, 1 retired. */
  static List<Question> questions() {
    List<Question> out = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      out.add(question("QT-S" + i, QuestionType.SINGLE, List.of("A", "B", "C", "D"), List.of("B"), "宪法", Question.ACTIVE));
    }
    for (int i = 1; i <= 6; i++) {
      out.add(question("QT-J" + i, QuestionType.JUDGE, List.of("A", "B"), List.of(i % 2 == 0 ? "A" : "B"), "宪法",
          Question.ACTIVE));
    }
    for (int i = 1; i <= 6; i++) {
      out.add(question("QT-M" + i, QuestionType.MULTIPLE, List.of("A", "B", "C", "D"), List.of("A", "C", "D"),
          "行政处罚法", Question.ACTIVE));
    }
    out.add(question("QT-R1", QuestionType.SINGLE, List.of("A", "B", "C", "D"), List.of("A"), "宪法", Question.REVIEW));
    out.add(question("QT-R2", QuestionType.SINGLE, List.of("A", "B", "C", "D"), List.of("A"), "宪法", Question.REVIEW));
    out.add(question("QT-X1", QuestionType.SINGLE, List.of("A", "B", "C", "D"), List.of("A"), "宪法", Question.RETIRED));
    return out;
  }

  static Question question(String id, QuestionType type, List<String> keys, List<String> answer, String tag,
      String status) {
    List<Question.Option> options = new ArrayList<>();
    for (String k : keys) {
      options.add(new Question.Option(k, type == QuestionType.JUDGE ? (k.equals("A") ? "正确" : "错误")
          : "选项" + k + "（" + id + "）"));
    }
    return new Question(id, type, "题干 " + id + "：下列说法哪项符合规定？", options, answer, "EXPLAIN-" + id + " 依据条文。",
        List.of(new Question.Source("law:constitution:27", "SRC-" + id + " 宪法第二十七条", "/laws/constitution/27")),
        List.of(tag, "执法资格"), "中", status, null, 1);
  }

  /**
   * Replaces the shipped seed bank with the fixture's questions, written to the store directly (with
   * statuses the import would not set), then bumps the bank's version so every node's cache reloads.
   */
  static void load(TestServer server) {
    MongoClient mongo = mongo(server);
    mongo.removeDocuments("questions", new JsonObject()).await();
    for (Question q : questions()) {
      mongo.save("questions", q.toDocument()).await();
    }
    mongo.updateCollectionWithOptions("meta", new JsonObject().put("_id", "questions-version"),
        new JsonObject().put("$inc", new JsonObject().put("value", 1)), new UpdateOptions().setUpsert(true)).await();
    server.server().services().questions().bank().invalidate();
  }

  static MongoClient mongo(TestServer server) {
    return server.server().services().store().mongo();
  }

  static void addUser(TestClient admin, String username, String role, String unit) {
    int status = admin.postJson("/api/users", new JsonObject().put("username", username).put("name", "样例" + username)
        .put("role", role).put("unit", unit).put("password", PASSWORD)).status();
    assertEquals(201, status, "create " + username);
  }

  static TestClient login(TestServer server, String username) {
    TestClient c = server.client();
    c.login(username, PASSWORD);
    return c;
  }

  static JsonObject exam(String title, int seconds, int count) {
    return new JsonObject().put("title", title).put("timeLimitSeconds", seconds).put("passScore", 60)
        .put("questionCount", count).put("tags", new JsonArray()).put("maxAttempts", 1).put("units", new JsonArray());
  }

  static String createExam(TestClient trainer, JsonObject body) {
    TestClient.Response r = trainer.postJson("/api/exams", body);
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  /** The attempt document as stored (the key is in it: tests only). */
  static JsonObject stored(TestServer server, String attemptId) {
    return mongo(server).findOne("attempts", new JsonObject().put("_id", attemptId), null).await();
  }

  /** The key of each question of the attempt's paper, in shown letters (tests only: from the store). */
  public static Map<String, JsonArray> keys(TestServer server, String attemptId) {
    Map<String, JsonArray> keys = new java.util.LinkedHashMap<>();
    JsonObject paper = mongo(server).findOne("papers", new JsonObject().put("_id", attemptId), null).await();
    for (Object o : paper.getJsonArray("questions")) {
      JsonObject q = (JsonObject) o;
      keys.put(q.getString("id"), q.getJsonArray("answer"));
    }
    return keys;
  }

  /** A wrong choice for the question (a valid key that is not the answer). */
  static JsonArray wrong(JsonObject paperQuestion, JsonArray key) {
    for (Object o : paperQuestion.getJsonArray("options")) {
      String k = ((JsonObject) o).getString("key");
      if (!key.contains(k)) {
        return new JsonArray().add(k);
      }
    }
    throw new AssertionError("no wrong option");
  }

  static TestClient.Response answer(TestClient c, String attemptId, String qid, JsonArray choice) {
    return c.putJson("/api/attempts/" + attemptId + "/answers/" + qid, new JsonObject().put("choice", choice));
  }
}
