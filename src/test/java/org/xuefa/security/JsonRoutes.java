package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.demo.DemoData;
import org.xuefa.exam.ExamFixture;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * Every JSON route of the server with a body it accepts, over a demo server in which the ids those
 * bodies need exist (an exam, a learner's attempt in progress, a practice, a question): the catalogue
 * that the injection and malformed-body tests walk.
 */
final class JsonRoutes implements AutoCloseable {

  /** A JSON route, who calls it (anonymous, admin, trainer, learner) and a valid body (empty: it takes none). */
  record JsonRoute(String route, String caller, JsonObject body) {

    String method() {
      return route.substring(0, route.indexOf(' '));
    }
  }

  final TestServer server;
  final TestClient admin;
  final TestClient trainer;
  final TestClient learner;
  private final String examId;
  private final String attemptId;
  private final String paperQuestion;
  private final String practiceId;
  private final String practiceQuestion;
  private final String questionId;

  private JsonRoutes(Path dir) {
    server = TestServer.startDemo(dir);
    admin = server.admin();
    trainer = SecurityFixture.login(server, "trainer", DemoData.PASSWORD);
    learner = SecurityFixture.login(server, "learner", DemoData.PASSWORD);
    examId = SecurityFixture.examId(trainer, "新任职人员宪法知识测试");
    attemptId = SecurityFixture.start(learner, examId);
    paperQuestion = ExamFixture.keys(server, attemptId).keySet().iterator().next();
    TestClient.Response p = learner.postJson("/api/practice", new JsonObject().put("count", 1));
    assertEquals(201, p.status(), p.body());
    practiceId = p.json().getString("id");
    practiceQuestion = p.json().getJsonArray("questions").getJsonObject(0).getString("id");
    questionId = trainer.get("/api/questions?limit=1").json().getJsonArray("questions").getJsonObject(0)
        .getString("id");
  }

  static JsonRoutes start(Path dir) {
    return new JsonRoutes(dir);
  }

  /** Every POST and PUT under /api/, in an order where each valid body still applies when sent for real. */
  static List<JsonRoute> all() {
    JsonObject question = new JsonObject().put("type", "single").put("stem", "输入测试：下列哪项正确？")
        .put("options", new JsonArray().add("甲").add("乙").add("丙").add("丁")).put("answer", new JsonArray().add("B"))
        .put("explanation", "解析").put("sources", new JsonArray().add("law:constitution:1"))
        .put("tags", new JsonArray().add("宪法")).put("difficulty", "中");
    return List.of(
        new JsonRoute("POST /api/session", "anonymous",
            new JsonObject().put("username", "learner").put("password", DemoData.PASSWORD)),
        new JsonRoute("POST /api/users", "admin", new JsonObject().put("username", "newcomer").put("name", "新人")
            .put("role", "learner").put("unit", "市司法局").put("password", "password-new-1")),
        new JsonRoute("POST /api/units", "admin", new JsonObject().put("name", "输入测试单位").put("kind", "乡镇/街道")),
        new JsonRoute("POST /api/questions", "trainer", question),
        new JsonRoute("PUT /api/questions/:id", "trainer", question.copy().put("version", 1)),
        new JsonRoute("POST /api/exams", "trainer", new JsonObject().put("title", "输入测试考试")
            .put("timeLimitSeconds", 600).put("passScore", 60).put("questionCount", 5)
            .put("tags", new JsonArray().add("宪法")).put("maxAttempts", 1).put("units", new JsonArray().add("市司法局"))),
        new JsonRoute("POST /api/exams/:examId/status", "trainer", new JsonObject().put("status", "active")),
        new JsonRoute("POST /api/exams/:examId/extra-attempts", "trainer",
            new JsonObject().put("username", "learner").put("reason", "补考")),
        new JsonRoute("PUT /api/attempts/:attemptId/answers/:questionId", "learner",
            new JsonObject().put("choice", new JsonArray().add("A"))),
        new JsonRoute("POST /api/attempts/:attemptId/extra-time", "trainer",
            new JsonObject().put("seconds", 60).put("reason", "延时")),
        new JsonRoute("POST /api/attempts/:attemptId/grace", "trainer",
            new JsonObject().put("seconds", 60).put("reason", "宽限")),
        new JsonRoute("POST /api/practice", "learner",
            new JsonObject().put("tag", "宪法").put("count", 2).put("fromWrongBook", false)),
        new JsonRoute("PUT /api/practice/:practiceId/answers/:questionId", "learner",
            new JsonObject().put("choice", new JsonArray().add("A"))),
        new JsonRoute("POST /api/questions/:id/clear", "trainer", new JsonObject()),
        new JsonRoute("POST /api/exams/:examId/attempts", "learner", new JsonObject()),
        new JsonRoute("POST /api/attempts/:attemptId/submit", "learner", new JsonObject()),
        new JsonRoute("POST /api/questions/:id/retire", "trainer", new JsonObject()));
  }

  /** The POST and PUT routes under /api/ that {@link #all()} leaves out (must be none). */
  List<String> missing() {
    List<String> covered = all().stream().map(JsonRoute::route).toList();
    List<String> out = new ArrayList<>();
    for (String route : server.server().routes()) {
      if ((route.startsWith("POST /api/") || route.startsWith("PUT /api/")) && !covered.contains(route)) {
        out.add(route);
      }
    }
    return out;
  }

  TestClient.Response send(JsonRoute r, JsonObject body) {
    return sendRaw(r, "application/json", body.encode().getBytes(StandardCharsets.UTF_8));
  }

  TestClient.Response sendRaw(JsonRoute r, String contentType, byte[] body) {
    TestClient c = switch (r.caller()) {
      case "admin" -> admin;
      case "trainer" -> trainer;
      case "learner" -> learner;
      default -> server.client();
    };
    String path = path(r.route());
    return r.method().equals("PUT") ? c.putRaw(path, contentType, body) : c.postRaw(path, contentType, body);
  }

  String path(String route) {
    return route.substring(route.indexOf(' ') + 1).replace(":examId", examId).replace(":attemptId", attemptId)
        .replace(":id", questionId).replace(":practiceId", practiceId)
        .replace(":questionId", route.contains("practice") ? practiceQuestion : paperQuestion);
  }

  @Override
  public void close() {
    server.close();
  }
}
