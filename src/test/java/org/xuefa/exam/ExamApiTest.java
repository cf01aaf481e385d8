package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The contract's exam and attempt calls against the real server and store: the whole way and its refusals. */
class ExamApiTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient trainer;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    ExamFixture.load(server);
    TestClient admin = server.admin();
    ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
    ExamFixture.addUser(admin, "tom", "trainer", "市司法局");
    for (String u : new String[] {"alice", "bob", "dan", "erin", "fay", "gus"}) {
      ExamFixture.addUser(admin, u, "learner", "市司法局");
    }
    ExamFixture.addUser(admin, "carol", "learner", "市财政局");
    trainer = ExamFixture.login(server, "tina");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** No key, explanation or source of any question in a learner's answer before the attempt closes. */
  static void assertNoKey(String body) {
    for (String leak : new String[] {"EXPLAIN-", "SRC-", "\"answer\"", "\"key\":[", "\"explanation\"", "\"map\"",
        "\"sources\"", "/laws/constitution/27"}) {
      assertFalse(body.contains(leak), "learner answer leaks " + leak + ": " + body);
    }
  }

  @Test
  void anExamTakenFromStartToSubmitShowsTheScoreTheKeysExplanationsAndSourcesAndIssuesACertificate() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("宪法执法资格考试", 600, 10)
        .put("tags", new JsonArray().add("宪法")));
    TestClient alice = ExamFixture.login(server, "alice");
    JsonObject listed = alice.get("/api/exams").json().getJsonArray("exams").stream().map(o -> (JsonObject) o)
        .filter(e -> e.getString("id").equals(examId)).findFirst().orElseThrow();
    assertEquals(1, listed.getInteger("attemptsRemaining"));

    TestClient.Response started = alice.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(201, started.status(), started.body());
    assertNoKey(started.body());
    JsonObject attempt = started.json();
    String id = attempt.getString("attemptId");
    assertEquals("in_progress", attempt.getString("status"));
    assertEquals(10, attempt.getJsonArray("questions").size());
    assertTrue(attempt.getLong("remainingSeconds") > 590 && attempt.getLong("remainingSeconds") <= 600);
    for (Object o : attempt.getJsonArray("questions")) {
      JsonObject q = (JsonObject) o;
      assertEquals(Set.of("id", "type", "stem", "options", "points"), q.fieldNames());
      assertTrue(q.getString("id").startsWith("QT-S") || q.getString("id").startsWith("QT-J"), "only 宪法, active");
    }

    Map<String, JsonArray> keys = ExamFixture.keys(server, id);
    JsonObject first = attempt.getJsonArray("questions").getJsonObject(0);
    String firstId = first.getString("id");
    for (Map.Entry<String, JsonArray> k : keys.entrySet()) {
      JsonArray choice = k.getKey().equals(firstId) ? ExamFixture.wrong(first, k.getValue()) : k.getValue();
      TestClient.Response saved = ExamFixture.answer(alice, id, k.getKey(), choice);
      assertEquals(200, saved.status(), saved.body());
      assertEquals(true, saved.json().getBoolean("saved"));
      assertNotNull(saved.json().getString("savedAt"));
      assertNoKey(saved.body());
    }
    TestClient.Response midway = alice.get("/api/attempts/" + id);
    assertEquals(200, midway.status());
    assertNoKey(midway.body());
    assertEquals(10, midway.json().getJsonObject("answers").size());
    assertNoKey(alice.getHtml("/attempts/" + id).body());

    TestClient.Response submitted = alice.postJson("/api/attempts/" + id + "/submit", new JsonObject());
    assertEquals(200, submitted.status(), submitted.body());
    JsonObject done = submitted.json();
    assertEquals("submitted", done.getString("status"));
    JsonObject result = done.getJsonObject("result");
    int max = attempt.getJsonArray("questions").stream().mapToInt(o -> ((JsonObject) o).getInteger("points")).sum();
    assertEquals(max, result.getInteger("maxScore"));
    assertEquals(max - first.getInteger("points"), result.getInteger("score"));
    assertTrue(result.getBoolean("passed"));
    assertEquals("优秀", result.getString("grade"));
    assertNotNull(done.getString("certificateNo"));
    assertTrue(done.getString("certificateNo").matches("XF-\\d{4}-\\d{6}"), done.getString("certificateNo"));
    for (Object o : done.getJsonArray("questions")) {
      JsonObject q = (JsonObject) o;
      assertEquals(keys.get(q.getString("id")), q.getJsonArray("key"));
      assertEquals(!q.getString("id").equals(firstId), q.getBoolean("correct"));
      assertEquals("EXPLAIN-" + q.getString("id") + " 依据条文。", q.getString("explanation"));
      assertEquals("/laws/constitution/27", q.getJsonObject("source").getString("url"));
      assertTrue(q.getJsonObject("source").getString("title").startsWith("SRC-"));
    }
    TestClient.Response again = alice.get("/api/attempts/" + id);
    assertEquals(result, again.json().getJsonObject("result"));
    assertEquals(200, alice.getHtml("/certificates/" + done.getString("certificateNo")).status());
    assertTrue(alice.getHtml("/attempts/" + id + "/sheet").body().contains("EXPLAIN-"));

    org.xuefa.testing.Eventually.within(java.time.Duration.ofSeconds(10), "question statistics recorded at grading",
        () -> {
          JsonObject stats = ExamFixture.mongo(server).findOne("question_stats", new JsonObject().put("_id", firstId), null)
              .await();
          return stats != null && stats.getInteger("wrong", 0) == 1;
        });
    JsonObject after = alice.get("/api/exams/" + examId).json();
    assertEquals(0, after.getInteger("attemptsRemaining"));
    assertEquals(done.getString("certificateNo"), after.getString("certificateNo"));
  }

  @Test
  void startingTwiceAnswersTheSameAttemptWith200() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("重复开始", 600, 5));
    TestClient bob = ExamFixture.login(server, "bob");
    TestClient.Response first = bob.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    TestClient.Response second = bob.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(201, first.status());
    assertEquals(200, second.status());
    assertEquals(first.json().getString("attemptId"), second.json().getString("attemptId"));
    assertEquals(first.json().getJsonArray("questions"), second.json().getJsonArray("questions"));
    assertEquals(first.json().getString("deadline"), second.json().getString("deadline"));
  }

  @Test
  void concurrentStartsOfOnePersonMakeExactlyOneAttempt() throws Exception {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("同时开始", 600, 5));
    TestClient dan = ExamFixture.login(server, "dan");
    int n = 8;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.List<java.util.concurrent.Future<TestClient.Response>> all = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(pool.submit(() -> {
        go.await();
        return dan.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
      }));
    }
    go.countDown();
    java.util.Set<String> ids = new java.util.HashSet<>();
    int created = 0;
    for (var f : all) {
      TestClient.Response r = f.get();
      assertTrue(r.status() == 200 || r.status() == 201, r.body());
      created += r.status() == 201 ? 1 : 0;
      ids.add(r.json().getString("attemptId"));
    }
    pool.shutdown();
    assertEquals(1, ids.size(), "one attempt for all starts");
    assertEquals(1, created);
    assertEquals(1L, ExamFixture.mongo(server).count("attempts",
        new JsonObject().put("examId", examId).put("username", "dan")).await());
  }

  @Test
  void anotherPersonsAttemptIsNotFoundForReadingAnsweringOrSubmitting() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("他人答卷", 600, 5));
    TestClient erin = ExamFixture.login(server, "erin");
    JsonObject a = erin.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    String qid = a.getJsonArray("questions").getJsonObject(0).getString("id");
    TestClient bob = ExamFixture.login(server, "bob");
    assertEquals(404, bob.get("/api/attempts/" + id).status());
    assertEquals(404, ExamFixture.answer(bob, id, qid, new JsonArray().add("A")).status());
    assertEquals(404, bob.postJson("/api/attempts/" + id + "/submit", new JsonObject()).status());
    assertEquals(404, bob.getHtml("/attempts/" + id).status());
    assertEquals("in_progress", erin.get("/api/attempts/" + id).json().getString("status"));
  }

  @Test
  void badAnswersAreRefusedWithTheReason() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("答案校验", 600, 24));
    TestClient fay = ExamFixture.login(server, "fay");
    JsonObject a = fay.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    String single = null;
    String judge = null;
    String multiple = null;
    for (Object o : a.getJsonArray("questions")) {
      JsonObject q = (JsonObject) o;
      switch (q.getString("type")) {
        case "single" -> single = q.getString("id");
        case "judge" -> judge = q.getString("id");
        default -> multiple = q.getString("id");
      }
    }
    assertEquals(404, ExamFixture.answer(fay, id, "QT-NOPE", new JsonArray().add("A")).status());
    assertEquals(400, ExamFixture.answer(fay, id, single, new JsonArray().add("A").add("B")).status());
    assertEquals(400, ExamFixture.answer(fay, id, single, new JsonArray().add("F")).status());
    assertEquals(400, ExamFixture.answer(fay, id, judge, new JsonArray().add("C")).status());
    assertEquals(400, ExamFixture.answer(fay, id, multiple, new JsonArray().add("A").add("A")).status());
    assertEquals(400, fay.putJson("/api/attempts/" + id + "/answers/" + single,
        new JsonObject().put("choice", new JsonObject().put("$gt", ""))).status());
    assertEquals(200, ExamFixture.answer(fay, id, multiple, new JsonArray().add("D").add("A")).status());
    assertEquals(new JsonArray().add("A").add("D"),
        fay.get("/api/attempts/" + id).json().getJsonObject("answers").getJsonArray(multiple));
    assertEquals(200, ExamFixture.answer(fay, id, multiple, new JsonArray()).status());
    assertFalse(fay.get("/api/attempts/" + id).json().getJsonObject("answers").containsKey(multiple), "cleared");
    fay.forgetCsrf();
    assertEquals(403, ExamFixture.answer(fay, id, single, new JsonArray().add("A")).status());
  }

  @Test
  void submittingTwiceAnswersTheSameResult() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("重复交卷", 600, 6));
    TestClient gus = ExamFixture.login(server, "gus");
    JsonObject a = gus.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = a.getString("attemptId");
    String qid = a.getJsonArray("questions").getJsonObject(0).getString("id");
    ExamFixture.answer(gus, id, qid, ExamFixture.keys(server, id).get(qid));
    JsonObject first = gus.postJson("/api/attempts/" + id + "/submit", new JsonObject()).json();
    JsonObject second = gus.postJson("/api/attempts/" + id + "/submit", new JsonObject()).json();
    assertEquals("submitted", second.getString("status"));
    assertEquals(first.getJsonObject("result"), second.getJsonObject("result"));
    assertEquals(first.getString("closedAt"), second.getString("closedAt"));
    assertEquals(409, ExamFixture.answer(gus, id, qid, new JsonArray().add("A")).status());
    assertFalse(first.getJsonObject("result").getBoolean("passed"));
    assertEquals("不合格", first.getJsonObject("result").getString("grade"));
  }

  @Test
  void anExamForAnotherUnitIsNotListedAndCannotBeStarted() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("财政局专场", 600, 5)
        .put("units", new JsonArray().add("市财政局")));
    TestClient alice = ExamFixture.login(server, "alice");
    assertFalse(alice.get("/api/exams").body().contains(examId));
    TestClient.Response refused = alice.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(403, refused.status());
    assertTrue(refused.json().getString("error").contains("未分配"));
    TestClient carol = ExamFixture.login(server, "carol");
    assertTrue(carol.get("/api/exams").body().contains(examId));
    assertEquals(201, carol.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).status());
  }

  @Test
  void examsAreCheckedAgainstTheBankAndTheirFields() {
    TestClient.Response tooMany = trainer.postJson("/api/exams", ExamFixture.exam("太多", 600, 100));
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.json().getString("error").contains("只有 24 道"), tooMany.body());
    TestClient.Response sections = trainer.postJson("/api/exams", ExamFixture.exam("分节", 600, 1)
        .put("sections", new JsonArray().add(new JsonObject().put("type", "多选").put("count", 7))));
    assertEquals(400, sections.status());
    assertTrue(sections.json().getString("error").contains("只有 6 道"), sections.body());
    assertEquals(400, trainer.postJson("/api/exams", ExamFixture.exam("", 600, 5)).status());
    assertEquals(400, trainer.postJson("/api/exams", ExamFixture.exam("x", 600, 5)
        .put("units", new JsonArray().add("不存在的局"))).status());
    assertEquals(400, trainer.postJson("/api/exams", ExamFixture.exam("x", 600, 5)
        .put("title", new JsonObject().put("$gt", ""))).status());
    assertEquals(400, trainer.postJson("/api/exams", ExamFixture.exam("x", 600, 5)
        .put("multipleChoiceRule", "lenient")).status());
    TestClient alice = ExamFixture.login(server, "alice");
    assertEquals(403, alice.postJson("/api/exams", ExamFixture.exam("学员不能建", 600, 5)).status());
    assertEquals(401, server.client().get("/api/exams").status());
  }

  @Test
  void sectionsDrawByTypeWithTheirPointsAndThePartialRuleGivesHalfPoints() {
    JsonObject body = ExamFixture.exam("分节考试", 600, 1).put("multipleChoiceRule", "partial")
        .put("sections", new JsonArray()
            .add(new JsonObject().put("type", "单选").put("count", 3).put("points", 2))
            .add(new JsonObject().put("tag", "行政处罚法").put("type", "multiple").put("count", 2)));
    String examId = ExamFixture.createExam(trainer, body);
    TestClient carol = ExamFixture.login(server, "carol");
    JsonObject a = carol.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    JsonArray qs = a.getJsonArray("questions");
    assertEquals(5, qs.size());
    for (int i = 0; i < 3; i++) {
      assertEquals("single", qs.getJsonObject(i).getString("type"));
      assertEquals(2, qs.getJsonObject(i).getInteger("points"));
    }
    for (int i = 3; i < 5; i++) {
      assertEquals("multiple", qs.getJsonObject(i).getString("type"));
      assertEquals(2, qs.getJsonObject(i).getInteger("points"));
    }
    String id = a.getString("attemptId");
    Map<String, JsonArray> keys = ExamFixture.keys(server, id);
    String m1 = qs.getJsonObject(3).getString("id");
    String m2 = qs.getJsonObject(4).getString("id");
    JsonArray subset = new JsonArray().add(keys.get(m1).getString(0));
    ExamFixture.answer(carol, id, m1, subset);
    ExamFixture.answer(carol, id, m2, keys.get(m2));
    JsonObject result = carol.postJson("/api/attempts/" + id + "/submit", new JsonObject()).json().getJsonObject("result");
    assertEquals(3.0, result.getDouble("score"), 1e-9);
    assertEquals(10, result.getInteger("maxScore"));
  }

  @Test
  void maxAttemptsIsEnforcedUntilATrainerGrantsOneMore() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("一次机会", 600, 5));
    TestClient bob = ExamFixture.login(server, "bob");
    String first = bob.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json().getString("attemptId");
    bob.postJson("/api/attempts/" + first + "/submit", new JsonObject());
    TestClient.Response refused = bob.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(409, refused.status());
    assertTrue(refused.json().getString("error").contains("已用完"));

    TestClient.Response granted = trainer.postJson("/api/exams/" + examId + "/extra-attempts",
        new JsonObject().put("username", "bob").put("reason", "考试时停电"));
    assertEquals(200, granted.status(), granted.body());
    TestClient.Response second = bob.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(201, second.status());
    assertEquals(2, second.json().getInteger("attemptNo"));
    assertNotEquals(first, second.json().getString("attemptId"));
    JsonArray overrides = trainer.get("/api/exams/" + examId + "/overrides").json().getJsonArray("overrides");
    assertEquals("extra-attempt", overrides.getJsonObject(0).getString("kind"));
    assertEquals("考试时停电", overrides.getJsonObject(0).getString("reason"));
    TestClient tom = ExamFixture.login(server, "tom");
    assertEquals(404, tom.postJson("/api/exams/" + examId + "/extra-attempts",
        new JsonObject().put("username", "carol")).status(), "carol is in another unit than tom, who did not create the exam");
    assertEquals(200, trainer.postJson("/api/exams/" + examId + "/extra-attempts",
        new JsonObject().put("username", "carol")).status(), "the exam's author covers every unit");
    assertEquals(200, tom.get("/api/attempts/" + first).status(), "a trainer of bob's unit may read bob's attempt");
  }

  @Test
  void resultsCompletionAndTheirCsvFilesAreForTrainers() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("统计", 600, 5));
    TestClient erin = ExamFixture.login(server, "erin");
    String id = erin.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json().getString("attemptId");
    ExamFixture.keys(server, id).forEach((q, k) -> ExamFixture.answer(erin, id, q, k));
    erin.postJson("/api/attempts/" + id + "/submit", new JsonObject());
    ExamFixture.login(server, "fay").postJson("/api/exams/" + examId + "/attempts", new JsonObject());

    JsonArray rows = trainer.get("/api/exams/" + examId + "/results").json().getJsonArray("rows");
    assertEquals(2, rows.size());
    JsonObject erinRow = rows.stream().map(o -> (JsonObject) o).filter(r -> r.getString("username").equals("erin"))
        .findFirst().orElseThrow();
    assertEquals(true, erinRow.getBoolean("passed"));
    assertEquals("submitted", erinRow.getString("status"));

    JsonObject completion = trainer.get("/api/reports/completion?examId=" + examId).json();
    JsonObject justice = completion.getJsonArray("units").stream().map(o -> (JsonObject) o)
        .filter(u -> u.getString("unit").equals("市司法局")).findFirst().orElseThrow();
    assertEquals(2, justice.getInteger("started"));
    assertEquals(1, justice.getInteger("submitted"));
    assertEquals(1, justice.getInteger("passed"));
    assertTrue(justice.getInteger("assigned") >= 7);

    TestClient.Response csv = trainer.get("/trainer/exams/" + examId + "/results.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("\uFEFF"), "BOM for Excel");
    assertTrue(csv.body().contains("\"erin\"") && csv.body().contains("通过"));
    TestClient.Response ccsv = trainer.get("/reports/completion.csv?examId=" + examId);
    assertTrue(ccsv.body().startsWith("\uFEFF") && ccsv.body().contains("市司法局"));
    assertEquals(403, erin.get("/api/exams/" + examId + "/results").status());
    assertEquals(403, erin.get("/api/reports/completion?examId=" + examId).status());
  }
}
