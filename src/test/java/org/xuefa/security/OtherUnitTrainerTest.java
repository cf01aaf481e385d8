package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.demo.DemoData;
import org.xuefa.exam.ExamFixture;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * The fifth role of the route × role matrix: a trainer of another unit than the person whose records
 * are asked for. Every route that shows or changes unit-scoped records (exams' results, completion
 * and exports, attempts, certificates, overrides, practice, people) is called with the real ids of the
 * demo learner (市市场监管局, exam by the demo trainer of 市司法局); the answer is a 403/404 or a list
 * that holds only the caller's own unit, and a refused change leaves the store as it was.
 */
class OtherUnitTrainerTest {

  /** What the other unit's trainer gets on a route. */
  enum Expect {
    /** 403 or 404, and nothing of the foreign person in the answer. */
    REFUSED,
    /** Answered, but nothing of the foreign person in it; their own unit's person is in it where marked. */
    FILTERED,
    /** Answered with their own unit's person in it and nothing of the foreign one. */
    OWN_UNIT_SHOWN,
    /** Acts on the caller's own records only (starting their own attempt): no foreign id is involved. */
    OWN_RECORDS
  }

  static final Map<String, Expect> SCOPED = new LinkedHashMap<>();

  static {
    SCOPED.put("GET /api/exams", Expect.FILTERED);
    SCOPED.put("GET /api/exams/:examId", Expect.FILTERED);
    SCOPED.put("POST /api/exams/:examId/attempts", Expect.OWN_RECORDS);
    SCOPED.put("GET /api/exams/:examId/results", Expect.OWN_UNIT_SHOWN);
    SCOPED.put("POST /api/exams/:examId/status", Expect.REFUSED);
    SCOPED.put("POST /api/exams/:examId/extra-attempts", Expect.REFUSED);
    SCOPED.put("GET /api/exams/:examId/overrides", Expect.FILTERED);
    SCOPED.put("PUT /api/attempts/:attemptId/answers/:questionId", Expect.REFUSED);
    SCOPED.put("GET /api/attempts/:attemptId", Expect.REFUSED);
    SCOPED.put("POST /api/attempts/:attemptId/submit", Expect.REFUSED);
    SCOPED.put("POST /api/attempts/:attemptId/extra-time", Expect.REFUSED);
    SCOPED.put("POST /api/attempts/:attemptId/grace", Expect.REFUSED);
    SCOPED.put("GET /api/reports/completion", Expect.OWN_UNIT_SHOWN);
    SCOPED.put("GET /reports/completion.csv", Expect.OWN_UNIT_SHOWN);
    SCOPED.put("GET /api/practice/:practiceId", Expect.REFUSED);
    SCOPED.put("PUT /api/practice/:practiceId/answers/:questionId", Expect.REFUSED);
    SCOPED.put("GET /api/wrongbook", Expect.FILTERED);
    SCOPED.put("GET /api/certificates", Expect.FILTERED);
    SCOPED.put("GET /api/progress", Expect.FILTERED);
    SCOPED.put("GET /study", Expect.FILTERED);
    SCOPED.put("GET /exams", Expect.FILTERED);
    SCOPED.put("POST /exams/:examId/start", Expect.OWN_RECORDS);
    SCOPED.put("GET /attempts/:attemptId", Expect.REFUSED);
    SCOPED.put("POST /attempts/:attemptId/answers/:questionId", Expect.REFUSED);
    SCOPED.put("POST /attempts/:attemptId/submit", Expect.REFUSED);
    SCOPED.put("GET /attempts/:attemptId/sheet", Expect.REFUSED);
    SCOPED.put("GET /certificates/:number", Expect.REFUSED);
    SCOPED.put("GET /practice/:practiceId", Expect.REFUSED);
    SCOPED.put("POST /practice/:practiceId/answers/:questionId", Expect.REFUSED);
    SCOPED.put("GET /wrongbook", Expect.FILTERED);
    SCOPED.put("GET /trainer/exams", Expect.FILTERED);
    SCOPED.put("GET /trainer/exams/:examId", Expect.OWN_UNIT_SHOWN);
    SCOPED.put("GET /trainer/exams/:examId/results.csv", Expect.OWN_UNIT_SHOWN);
    SCOPED.put("POST /trainer/exams/:examId/status", Expect.REFUSED);
    SCOPED.put("POST /trainer/exams/:examId/extra-attempt", Expect.REFUSED);
    SCOPED.put("POST /trainer/exams/:examId/attempts/:attemptId/extra-time", Expect.REFUSED);
    SCOPED.put("POST /trainer/exams/:examId/attempts/:attemptId/grace", Expect.REFUSED);
    SCOPED.put("GET /api/users", Expect.REFUSED);
    SCOPED.put("GET /admin/users", Expect.REFUSED);
    SCOPED.put("POST /admin/users/:username/disable", Expect.REFUSED);
    SCOPED.put("POST /admin/users/:username/enable", Expect.REFUSED);
    SCOPED.put("POST /admin/users/:username/reset", Expect.REFUSED);
  }

  /** Path parameters that name someone's records: a route with one of them must be in {@link #SCOPED}. */
  static final List<String> PERSONAL_PARAMS = List.of(":examId", ":attemptId", ":number", ":username", ":practiceId");

  static final String FOREIGN_NAME = "王学员（样例）";
  static final String OVERRIDE_REASON = "REASON-OF-THE-AUTHOR-0427";

  @TempDir
  static Path dir;
  static TestServer server;
  static String examId;
  static String closedAttempt;
  static String openAttempt;
  static String certificate;
  static String practiceId;
  static String questionId;

  @BeforeAll
  static void start() {
    server = TestServer.startDemo(dir);
    TestClient admin = server.admin();
    SecurityFixture.addUser(admin, "townie", "镇学员（样例）", "learner", "样例镇二");
    SecurityFixture.addUser(admin, "towntrainer", "镇培训（样例）", "trainer", "样例镇二");
    TestClient author = SecurityFixture.login(server, "trainer", DemoData.PASSWORD);
    examId = SecurityFixture.examId(author, "行政执法资格考试");

    TestClient learner = SecurityFixture.login(server, "learner", DemoData.PASSWORD);
    closedAttempt = SecurityFixture.start(learner, examId);
    JsonObject closed = SecurityFixture.passAndSubmit(server, learner, closedAttempt);
    certificate = closed.getString("certificateNo");
    assertNotNull(certificate, closed.encode());
    openAttempt = SecurityFixture.start(learner, examId);
    questionId = ExamFixture.keys(server, openAttempt).keySet().iterator().next();
    TestClient.Response p = learner.postJson("/api/practice", new JsonObject().put("count", 1));
    assertEquals(201, p.status(), p.body());
    practiceId = p.json().getString("id");
    assertEquals(200, author.postJson("/api/attempts/" + openAttempt + "/extra-time",
        new JsonObject().put("seconds", 60).put("reason", OVERRIDE_REASON)).status());

    SecurityFixture.start(SecurityFixture.login(server, "townie", SecurityFixture.PASSWORD), examId);
    SecurityFixture.start(SecurityFixture.login(server, "learner2", DemoData.PASSWORD), examId);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRouteNamingSomeonesRecordsHasAnIntendedAnswer() {
    List<String> missing = new ArrayList<>();
    for (String route : server.server().routes()) {
      if (PERSONAL_PARAMS.stream().anyMatch(route::contains) && !SCOPED.containsKey(route)) {
        missing.add(route);
      }
    }
    assertTrue(missing.isEmpty(), "routes naming someone's records without an intended answer: " + missing);
    assertTrue(server.server().routes().containsAll(SCOPED.keySet()), "stale entries in SCOPED");
  }

  @Test
  void aTrainerOfAnUnitWithNoneOfThePeopleSeesNoneOfThem() {
    checkAllRoutes(SecurityFixture.login(server, "towntrainer", SecurityFixture.PASSWORD), "镇学员（样例）", "样例镇二");
  }

  @Test
  void aTrainerOfAnotherUnitWithPeopleSeesOnlyTheirs() {
    checkAllRoutes(SecurityFixture.login(server, "trainer2", DemoData.PASSWORD), "赵执法（样例）", "市行政审批局");
  }

  @Test
  void theAuthorOfTheExamSeesEveryone() {
    TestClient author = SecurityFixture.login(server, "trainer", DemoData.PASSWORD);
    String results = author.get("/api/exams/" + examId + "/results").body();
    for (String name : List.of(FOREIGN_NAME, "镇学员（样例）", "赵执法（样例）")) {
      assertTrue(results.contains(name), name);
    }
    assertEquals(200, author.get("/api/attempts/" + openAttempt).status());
  }

  private void checkAllRoutes(TestClient trainer, String ownName, String ownUnit) {
    String before = SecurityFixture.snapshot(server);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Expect> e : SCOPED.entrySet()) {
      if (e.getValue() == Expect.OWN_RECORDS) {
        continue;
      }
      TestClient.Response r = call(trainer, e.getKey());
      String body = r.body();
      // a unit's name is no secret (forms list them all), but it is where results and completion are shown
      String leak = List.of(FOREIGN_NAME, closedAttempt, openAttempt, certificate, OVERRIDE_REASON, practiceId,
          e.getValue() == Expect.OWN_UNIT_SHOWN ? "市市场监管局" : FOREIGN_NAME).stream().filter(body::contains)
          .findFirst().orElse(null);
      if (r.status() >= 500) {
        wrong.add(e.getKey() + " → " + r.status());
      } else if (leak != null) {
        wrong.add(e.getKey() + " → " + r.status() + " shows the other unit's " + leak + ": " + excerpt(body, leak));
      } else if (e.getValue() == Expect.REFUSED && r.status() != 403 && r.status() != 404) {
        wrong.add(e.getKey() + " → " + r.status() + " (expected 403/404)");
      } else if (e.getValue() != Expect.REFUSED && r.status() != 200) {
        wrong.add(e.getKey() + " → " + r.status() + " (expected 200)");
      } else if (e.getValue() == Expect.OWN_UNIT_SHOWN && !body.contains(ownName) && !body.contains(ownUnit)) {
        wrong.add(e.getKey() + " → does not show the caller's own unit (" + ownUnit + ")");
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(before, SecurityFixture.snapshot(server), "a refused request changed the store");
  }

  /** The route with the demo learner's ids; a change carries a valid body so only the scoping can refuse it. */
  private static TestClient.Response call(TestClient c, String route) {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1).replace(":examId", examId)
        .replace(":attemptId", route.contains("sheet") ? closedAttempt : openAttempt).replace(":questionId", questionId)
        .replace(":number", certificate).replace(":username", "learner").replace(":practiceId", practiceId);
    if (path.startsWith("/api/reports/") || path.startsWith("/reports/")) {
      path += "?examId=" + examId;
    }
    JsonObject body = new JsonObject().put("seconds", 120).put("reason", "x").put("username", "learner")
        .put("status", "closed").put("choice", new JsonArray().add("A"));
    Map<String, String> form = Map.of("minutes", "2", "reason", "x", "username", "learner", "status", "closed",
        "choice", "A");
    boolean api = path.startsWith("/api/");
    return switch (method) {
      case "GET" -> api ? c.get(path) : c.getHtml(path);
      case "PUT" -> c.putJson(path, body);
      default -> api ? c.postJson(path, body) : c.postForm(path, form, true);
    };
  }

  private static String excerpt(String body, String around) {
    int at = body.indexOf(around);
    return body.substring(Math.max(0, at - 150), Math.min(body.length(), at + around.length() + 150));
  }
}
