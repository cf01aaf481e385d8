package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * What a learner can read holds no secret: with an attempt in progress, every GET route a learner may
 * reach (pages and APIs, with the learner's real ids) answers without a password hash, a session id
 * or its stored key, another person's CSRF token, the admin password, or the key or explanation of a
 * question on the paper in progress. The server's log of a login and exam flow holds no password,
 * hash or session token either.
 */
class LearnerSecretsTest {

  static final String LOGIN_PASSWORD = "Learner-Secret-Pass-77";
  static final String SECRET = "EXPLAIN-SECRET-";

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient learner;
  static TestClient admin;
  static TestClient trainer;
  static String examId;
  static String attemptId;
  static Map<String, JsonArray> keys;
  /** Explanations of the questions on the paper in progress (read as the admin). */
  static final List<String> explanations = new ArrayList<>();
  static final ByteArrayOutputStream log = new ByteArrayOutputStream();
  static PrintStream originalOut;

  @BeforeAll
  static void start() {
    // slf4j-simple writes to whatever System.out is when a line is logged: tee it for the whole flow
    originalOut = System.out;
    System.setOut(new PrintStream(new Tee(originalOut, log), true, StandardCharsets.UTF_8));
    server = TestServer.startDemo(dir);
    admin = server.admin();
    markExplanations();
    SecurityFixture.addUser(admin, "secretlearner", "保密学员", "learner", "市司法局");
    trainer = SecurityFixture.login(server, "trainer", DemoData.PASSWORD);
    learner = SecurityFixture.login(server, "secretlearner", SecurityFixture.PASSWORD);
    assertEquals(401, server.client().postJson("/api/session", new JsonObject().put("username", "secretlearner")
        .put("password", LOGIN_PASSWORD)).status());
    examId = SecurityFixture.examId(trainer, "行政执法资格考试");
    attemptId = SecurityFixture.start(learner, examId);
    keys = ExamFixture.keys(server, attemptId);
    keys.keySet().forEach(qid -> explanations.add(SECRET + qid));
    String first = keys.keySet().iterator().next();
    assertEquals(200, learner.putJson("/api/attempts/" + attemptId + "/answers/" + first,
        new JsonObject().put("choice", keys.get(first))).status());
  }

  @AfterAll
  static void stop() {
    server.close();
    System.setOut(originalOut);
  }

  /** The things no learner response may hold, each with a label for the failure message. */
  static Map<String, String> secrets() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("a bcrypt hash $2a$", "$2a$");
    s.put("a bcrypt hash $2b$", "$2b$");
    s.put("a bcrypt hash $2y$", "$2y$");
    s.put("the admin password", TestServer.ADMIN_PASSWORD);
    s.put("the learner's password", SecurityFixture.PASSWORD);
    s.put("the admin's CSRF token", admin.csrf());
    s.put("the trainer's CSRF token", trainer.csrf());
    for (HttpCookie c : learner.cookies().getCookieStore().getCookies()) {
      s.put("the session cookie " + c.getName(), c.getValue());
    }
    for (JsonObject session : SecurityFixture.mongo(server).find("sessions", new JsonObject()).await()) {
      s.put("a stored session key", session.getString("_id"));
    }
    for (int i = 0; i < explanations.size(); i++) {
      s.put("the explanation of paper question " + (i + 1), explanations.get(i));
    }
    return s;
  }

  @Test
  void noLearnerGetRouteShowsASecretOrTheKeyOfThePaperInProgress() {
    Map<String, String> secrets = secrets();
    List<String> wrong = new ArrayList<>();
    int fetched = 0;
    for (String path : learnerPaths()) {
      TestClient.Response r = path.startsWith("/api/") || path.equals("/health") ? learner.get(path)
          : learner.getHtml(path);
      if (r.status() == 302 || r.status() == 303) {
        path = path + " → " + r.header("Location");
        r = learner.getHtml(r.header("Location"));
      }
      fetched++;
      for (Map.Entry<String, String> s : secrets.entrySet()) {
        if (r.body().contains(s.getValue())) {
          wrong.add(path + " → " + r.status() + " shows " + s.getKey());
        }
      }
    }
    assertTrue(fetched > 40, "walked " + fetched + " routes");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theAttemptInProgressCarriesNoKeyField() {
    JsonObject a = learner.get("/api/attempts/" + attemptId).json();
    assertEquals("in_progress", a.getString("status"));
    for (Object o : a.getJsonArray("questions")) {
      JsonObject q = (JsonObject) o;
      for (String field : List.of("answer", "key", "map", "explanation", "source", "sources")) {
        assertFalse(q.containsKey(field), field + " in " + q.encode());
      }
    }
  }

  @Test
  void practisingAQuestionOfThePaperInProgressDoesNotRevealItsKeyUntilItCloses() {
    String exam = oneQuestionExam("练习保密");
    SecurityFixture.addUser(admin, "practiser", "练习学员", "learner", "市司法局");
    TestClient c = SecurityFixture.login(server, "practiser", SecurityFixture.PASSWORD);
    JsonObject earlier = c.postJson("/api/practice", new JsonObject().put("tag", "练习保密")).json();
    String qid = earlier.getJsonArray("questions").getJsonObject(0).getString("id");

    String attempt = SecurityFixture.start(c, exam);
    assertEquals(List.of(qid), List.copyOf(ExamFixture.keys(server, attempt).keySet()));
    TestClient.Response one = c.getHtml("/practice/question/" + qid);
    assertEquals(409, one.status(), "no practice of a question on the open paper");
    assertTrue(one.body().contains("交卷"), one.body());
    TestClient.Response byTag = c.postJson("/api/practice", new JsonObject().put("tag", "练习保密"));
    assertFalse(byTag.body().contains(qid), "not drawn into a new practice: " + byTag.body());
    TestClient.Response answered = c.putJson("/api/practice/" + earlier.getString("id") + "/answers/" + qid,
        new JsonObject().put("choice", new JsonArray().add("A")));
    assertEquals(409, answered.status(), "a practice made before the exam gives no key now: " + answered.body());
    assertFalse(answered.body().contains(SECRET), answered.body());
    // every question of a full paper is held back the same way
    for (String onPaper : keys.keySet()) {
      assertEquals(409, learner.getHtml("/practice/question/" + onPaper).status(), onPaper);
    }

    assertEquals(200, c.postJson("/api/attempts/" + attempt + "/submit", new JsonObject()).status());
    TestClient.Response fed = c.putJson("/api/practice/" + earlier.getString("id") + "/answers/" + qid,
        new JsonObject().put("choice", new JsonArray().add("A")));
    assertEquals(200, fed.status(), "after the paper closes its questions can be practised: " + fed.body());
    assertEquals(SECRET + "练习保密", fed.json().getString("explanation"));
  }

  @Test
  void theWrongBookHoldsBackAQuestionOfThePaperInProgress() {
    String exam = oneQuestionExam("错题本保密");
    SecurityFixture.addUser(admin, "bookkeeper", "错题学员", "learner", "市司法局");
    TestClient c = SecurityFixture.login(server, "bookkeeper", SecurityFixture.PASSWORD);
    JsonObject practice = c.postJson("/api/practice", new JsonObject().put("tag", "错题本保密")).json();
    String qid = practice.getJsonArray("questions").getJsonObject(0).getString("id");
    // options are shuffled per paper: the key in shown letters is in the stored practice (tests only)
    JsonArray key = SecurityFixture.mongo(server).findOne("practice", new JsonObject().put("_id",
        practice.getString("id")), null).await().getJsonArray("paper").getJsonObject(0).getJsonArray("answer");
    String wrongKey = List.of("A", "B", "C", "D").stream().filter(k -> !key.contains(k)).findFirst().orElseThrow();
    TestClient.Response fed = c.putJson("/api/practice/" + practice.getString("id") + "/answers/" + qid,
        new JsonObject().put("choice", new JsonArray().add(wrongKey)));
    assertEquals(false, fed.json().getBoolean("correct"), fed.body());
    String secret = SECRET + "错题本保密";
    assertTrue(c.get("/api/wrongbook").body().contains(secret), "in the book before the exam");

    String attempt = SecurityFixture.start(c, exam);
    for (String path : List.of("/api/wrongbook", "/wrongbook", "/api/practice/" + practice.getString("id"),
        "/practice/" + practice.getString("id"))) {
      TestClient.Response r = path.startsWith("/api/") ? c.get(path) : c.getHtml(path);
      assertEquals(200, r.status(), path);
      assertFalse(r.body().contains(secret), path + " shows the explanation during the exam");
    }
    assertEquals(200, c.postJson("/api/attempts/" + attempt + "/submit", new JsonObject()).status());
    assertTrue(c.get("/api/wrongbook").body().contains(secret), "back in the book after the exam");
  }

  /** A question tagged {@code tag} (explanation SECRET + tag) and an exam of just that question, for every unit. */
  private static String oneQuestionExam(String tag) {
    JsonObject question = new JsonObject().put("type", "single").put("stem", tag + "测试：下列哪项正确？")
        .put("options", new JsonArray().add("甲").add("乙").add("丙").add("丁")).put("answer", new JsonArray().add("B"))
        .put("explanation", SECRET + tag).put("sources", new JsonArray().add("law:constitution:1"))
        .put("tags", new JsonArray().add(tag));
    assertEquals(201, trainer.postJson("/api/questions", question).status());
    TestClient.Response exam = trainer.postJson("/api/exams", new JsonObject().put("title", tag + "考试")
        .put("timeLimitSeconds", 600).put("passScore", 60).put("questionCount", 1)
        .put("tags", new JsonArray().add(tag)).put("maxAttempts", 1).put("units", new JsonArray()));
    assertEquals(201, exam.status(), exam.body());
    return exam.json().getString("id");
  }

  @Test
  void theLogOfALoginAndExamFlowHoldsNoPasswordHashOrToken() {
    TestClient again = SecurityFixture.login(server, "secretlearner", SecurityFixture.PASSWORD);
    again.get("/api/attempts/" + attemptId);
    server.client().postJson("/api/session", new JsonObject().put("username", "admin").put("password", "wrong-admin-pass"));
    again.postRaw("/api/attempts/" + attemptId + "/submit", "application/json", "{\"x\":".getBytes(StandardCharsets.UTF_8));
    String logged = log.toString(StandardCharsets.UTF_8) + server.output();
    assertTrue(logged.contains("listening on"), "the capture holds the server's lines");
    Map<String, String> secrets = secrets();
    secrets.put("a wrong password", "wrong-admin-pass");
    secrets.put("the new session's CSRF token", again.csrf());
    for (HttpCookie c : again.cookies().getCookieStore().getCookies()) {
      secrets.put("the new session cookie", c.getValue());
    }
    secrets.put("a failed login's password", LOGIN_PASSWORD);
    List<String> found = secrets.entrySet().stream().filter(e -> logged.contains(e.getValue()))
        .map(Map.Entry::getKey).toList();
    assertTrue(found.isEmpty(), "the log shows " + found);
  }

  /**
   * Gives every question of the bank an explanation no page could hold by chance (seed explanations
   * quote the statutes, which the law pages show), then makes the nodes reload the bank.
   */
  private static void markExplanations() {
    var mongo = SecurityFixture.mongo(server);
    for (JsonObject q : mongo.find("questions", new JsonObject()).await()) {
      mongo.updateCollection("questions", new JsonObject().put("_id", q.getString("_id")),
          new JsonObject().put("$set", new JsonObject().put("explanation", SECRET + q.getString("_id")))).await();
    }
    mongo.updateCollectionWithOptions("meta", new JsonObject().put("_id", "questions-version"),
        new JsonObject().put("$inc", new JsonObject().put("value", 1)),
        new io.vertx.ext.mongo.UpdateOptions().setUpsert(true)).await();
    server.server().services().questions().bank().invalidate();
  }

  /** Every GET route a learner may reach, with the learner's own ids in place of the parameters. */
  private static List<String> learnerPaths() {
    String qid = keys.keySet().iterator().next();
    String stem = learner.get("/api/attempts/" + attemptId).json().getJsonArray("questions").getJsonObject(0)
        .getString("stem");
    String words = URLEncoder.encode(stem.substring(0, Math.min(12, stem.length())), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (String route : server.server().routes()) {
      RouteRoleMatrixTest.Least least = RouteRoleMatrixTest.TABLE.get(route);
      boolean reachable = least == null ? route.startsWith("GET /report/")
          : least.ordinal() <= RouteRoleMatrixTest.Least.LEARNER.ordinal();
      if (!route.startsWith("GET ") || !reachable) {
        continue;
      }
      out.add(route.substring(4).replace(":examId", examId).replace(":attemptId", attemptId)
          .replace(":questionId", qid).replace(":practiceId", "no-such-practice").replace(":number", "XF-0000-000000")
          .replace(":slug", "constitution").replace(":n", "1").replace(":section", "1-1").replace(":id", qid));
    }
    out.addAll(List.of("/api/search?q=" + words, "/search?q=" + words, "/api/suggest?q=" + words,
        "/api/search?q=" + words + "&type=question", "/search?q=" + words + "&type=question",
        "/api/attempts/" + attemptId, "/attempts/" + attemptId, "/api/exams/" + examId));
    return out;
  }

  /** Writes to two streams: the test's console and the capture. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      synchronized (b) {
        b.write(c);
      }
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      synchronized (b) {
        b.write(buf, off, len);
      }
    }
  }
}
