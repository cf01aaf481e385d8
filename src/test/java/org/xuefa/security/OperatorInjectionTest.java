package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.demo.DemoData;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * NoSQL operator injection in every field of every JSON route: each field of a valid body replaced by
 * {"$gt":""}, {"$ne":null} and ["$where"], and a "$set" or dotted name added at the top; each answer
 * is a 400 with a message, and the store is unchanged afterwards. The valid bodies are then sent as
 * they are and accepted, which proves that the 400s came from the injected parts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorInjectionTest {

  /** A JSON route, who calls it and a valid body for it (empty: the route takes none). */
  record JsonRoute(String route, Supplier<TestClient> caller, JsonObject body) {}

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient admin;
  static TestClient trainer;
  static TestClient learner;
  static String examId;
  static String attemptId;
  static String paperQuestion;
  static String practiceId;
  static String practiceQuestion;
  static String questionId;

  @BeforeAll
  static void start() {
    server = TestServer.startDemo(dir);
    admin = server.admin();
    trainer = SecurityFixture.login(server, "trainer", DemoData.PASSWORD);
    learner = SecurityFixture.login(server, "learner", DemoData.PASSWORD);
    examId = SecurityFixture.examId(trainer, "新任职人员宪法知识测试");
    attemptId = SecurityFixture.start(learner, examId);
    paperQuestion = SecurityFixture.keys(server, attemptId).keySet().iterator().next();
    TestClient.Response p = learner.postJson("/api/practice", new JsonObject().put("count", 1));
    assertEquals(201, p.status(), p.body());
    practiceId = p.json().getString("id");
    practiceQuestion = p.json().getJsonArray("questions").getJsonObject(0).getString("id");
    questionId = trainer.get("/api/questions?limit=1").json().getJsonArray("questions").getJsonObject(0)
        .getString("id");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Every POST and PUT under /api/ with a body that the route accepts, in an order where each still applies. */
  static List<JsonRoute> routes() {
    JsonObject question = new JsonObject().put("type", "single").put("stem", "注入测试：下列哪项正确？")
        .put("options", new JsonArray().add("甲").add("乙").add("丙").add("丁")).put("answer", new JsonArray().add("B"))
        .put("explanation", "解析").put("sources", new JsonArray().add("law:constitution:1"))
        .put("tags", new JsonArray().add("宪法")).put("difficulty", "中");
    return List.of(
        new JsonRoute("POST /api/session", server::client,
            new JsonObject().put("username", "learner").put("password", DemoData.PASSWORD)),
        new JsonRoute("POST /api/users", () -> admin, new JsonObject().put("username", "injected").put("name", "注入")
            .put("role", "learner").put("unit", "市司法局").put("password", "password-inj-1")),
        new JsonRoute("POST /api/units", () -> admin, new JsonObject().put("name", "注入测试单位").put("kind", "乡镇/街道")),
        new JsonRoute("POST /api/questions", () -> trainer, question),
        new JsonRoute("PUT /api/questions/:id", () -> trainer, question.copy().put("version", 1)),
        new JsonRoute("POST /api/exams", () -> trainer, new JsonObject().put("title", "注入测试考试")
            .put("timeLimitSeconds", 600).put("passScore", 60).put("questionCount", 5)
            .put("tags", new JsonArray().add("宪法")).put("maxAttempts", 1).put("units", new JsonArray().add("市司法局"))),
        new JsonRoute("POST /api/exams/:examId/status", () -> trainer, new JsonObject().put("status", "active")),
        new JsonRoute("POST /api/exams/:examId/extra-attempts", () -> trainer,
            new JsonObject().put("username", "learner").put("reason", "补考")),
        new JsonRoute("PUT /api/attempts/:attemptId/answers/:questionId", () -> learner,
            new JsonObject().put("choice", new JsonArray().add("A"))),
        new JsonRoute("POST /api/attempts/:attemptId/extra-time", () -> trainer,
            new JsonObject().put("seconds", 60).put("reason", "延时")),
        new JsonRoute("POST /api/attempts/:attemptId/grace", () -> trainer,
            new JsonObject().put("seconds", 60).put("reason", "宽限")),
        new JsonRoute("POST /api/practice", () -> learner,
            new JsonObject().put("tag", "宪法").put("count", 2).put("fromWrongBook", false)),
        new JsonRoute("PUT /api/practice/:practiceId/answers/:questionId", () -> learner,
            new JsonObject().put("choice", new JsonArray().add("A"))),
        new JsonRoute("POST /api/questions/:id/clear", () -> trainer, new JsonObject()),
        new JsonRoute("POST /api/exams/:examId/attempts", () -> learner, new JsonObject()),
        new JsonRoute("POST /api/attempts/:attemptId/submit", () -> learner, new JsonObject()),
        new JsonRoute("POST /api/questions/:id/retire", () -> trainer, new JsonObject()));
  }

  /** The operator-shaped stand-ins for a field's value. */
  static List<Object> operators() {
    return List.of(new JsonObject().put("$gt", ""), new JsonObject().put("$ne", null), new JsonArray().add("$where"));
  }

  /** Fields added at the top level of a valid body. */
  static Map<String, Object> addedNames() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$set", new JsonObject().put("role", "admin"));
    m.put("a.b", 1);
    m.put("$where", "sleep(1000)");
    m.put("profile", new JsonObject().put("$gt", ""));
    return m;
  }

  @Test
  @Order(1)
  void everyJsonRouteIsCovered() {
    List<String> missing = new ArrayList<>();
    List<String> covered = routes().stream().map(JsonRoute::route).toList();
    for (String route : server.server().routes()) {
      boolean json = (route.startsWith("POST /api/") || route.startsWith("PUT /api/"));
      if (json && !covered.contains(route)) {
        missing.add(route);
      }
    }
    assertTrue(missing.isEmpty(), "JSON routes the injection test does not walk: " + missing);
  }

  @Test
  @Order(2)
  void operatorsInAnyFieldAre400AndChangeNothing() {
    String before = SecurityFixture.snapshot(server);
    List<String> wrong = new ArrayList<>();
    for (JsonRoute r : routes()) {
      List<JsonObject> attacks = new ArrayList<>();
      for (String field : r.body().fieldNames()) {
        for (Object op : operators()) {
          attacks.add(r.body().copy().put(field, op));
        }
      }
      addedNames().forEach((name, value) -> attacks.add(r.body().copy().put(name, value)));
      for (JsonObject attack : attacks) {
        TestClient.Response res = send(r, attack);
        String error = res.status() == 400 && res.header("Content-Type").startsWith("application/json")
            ? res.json().getString("error") : null;
        if (error == null || error.isBlank() || error.contains("Exception")) {
          wrong.add(r.route() + " " + attack.encode() + " → " + res.status() + " " + res.body());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(before, SecurityFixture.snapshot(server), "a refused body changed the store");
  }

  @Test
  @Order(3)
  void theValidBodiesAreAccepted() {
    for (JsonRoute r : routes()) {
      TestClient.Response res = send(r, r.body());
      assertTrue(res.status() == 200 || res.status() == 201, r.route() + " → " + res.status() + " " + res.body());
    }
  }

  private static TestClient.Response send(JsonRoute r, JsonObject body) {
    String method = r.route().substring(0, r.route().indexOf(' '));
    String path = r.route().substring(r.route().indexOf(' ') + 1).replace(":examId", examId)
        .replace(":attemptId", attemptId).replace(":id", questionId).replace(":practiceId", practiceId)
        .replace(":questionId", r.route().contains("practice") ? practiceQuestion : paperQuestion);
    TestClient c = r.caller().get();
    return method.equals("PUT") ? c.putJson(path, body) : c.postJson(path, body);
  }
}
