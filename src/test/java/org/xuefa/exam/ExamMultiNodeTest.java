package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.config.Config;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.ServerProcess;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** Two nodes over one store: an attempt moves between them, and each deadline closes its attempt once. */
class ExamMultiNodeTest {

  @TempDir
  static Path dir;
  static ServerProcess store;
  static TestServer nodeA;
  static TestServer nodeB;
  static TestClient trainer;

  @BeforeAll
  static void start() throws Exception {
    store = ServerProcess.start(dir.resolve("store"), Map.of(), "store", "--port", "0");
    String uri = store.awaitStore() + "/xuefa";
    nodeA = TestServer.start(dir.resolve("a"), false, Map.of(Config.MONGO_URI, uri));
    nodeB = TestServer.start(dir.resolve("b"), false, Map.of(Config.MONGO_URI, uri));
    ExamFixture.load(nodeA);
    nodeB.server().services().questions().bank().invalidate();
    TestClient admin = nodeA.admin();
    ExamFixture.addUser(admin, "tina", "trainer", "市司法局");
    for (int i = 0; i < 7; i++) {
      ExamFixture.addUser(admin, "m" + i, "learner", "市司法局");
    }
    trainer = ExamFixture.login(nodeA, "tina");
  }

  @AfterAll
  static void stop() throws Exception {
    nodeA.close();
    nodeB.close();
    store.stop();
  }

  @Test
  void anAttemptStartedOnOneNodeContinuesOnTheOther() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("跨节点", 600, 4));
    TestClient onA = ExamFixture.login(nodeA, "m6");
    JsonObject started = onA.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json();
    String id = started.getString("attemptId");
    String q1 = started.getJsonArray("questions").getJsonObject(0).getString("id");
    assertEquals(200, ExamFixture.answer(onA, id, q1, new JsonArray().add("A")).status());

    TestClient onB = ExamFixture.login(nodeB, "m6");
    TestClient.Response resumed = onB.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
    assertEquals(200, resumed.status());
    assertEquals(id, resumed.json().getString("attemptId"));
    assertEquals(started.getJsonArray("questions"), resumed.json().getJsonArray("questions"));
    String q2 = started.getJsonArray("questions").getJsonObject(1).getString("id");
    assertEquals(200, ExamFixture.answer(onB, id, q2, new JsonArray().add("B")).status());
    assertEquals(2, onA.get("/api/attempts/" + id).json().getJsonObject("answers").size());
    assertEquals("submitted", onB.postJson("/api/attempts/" + id + "/submit", new JsonObject()).json().getString("status"));
    assertEquals(409, ExamFixture.answer(onA, id, q1, new JsonArray().add("B")).status(), "closed on B, refused on A");
  }

  @Test
  void deadlinesCloseEachAttemptExactlyOnceWhileBothNodesSweep() {
    String examId = ExamFixture.createExam(trainer, ExamFixture.exam("两节点同时到时", 2, 3));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      TestClient c = ExamFixture.login(i % 2 == 0 ? nodeA : nodeB, "m" + i);
      ids.add(c.postJson("/api/exams/" + examId + "/attempts", new JsonObject()).json().getString("attemptId"));
    }
    Eventually.within(Duration.ofSeconds(20), "every attempt closed by a sweeper", () -> ids.stream()
        .allMatch(id -> "expired".equals(ExamFixture.stored(nodeA, id).getString("status"))));
    Eventually.within(Duration.ofSeconds(10), "the follow-up of every close is done", () -> ExamFixture.mongo(nodeA)
        .count("open_attempts", new JsonObject()).await() == 0);
    JsonObject unit = trainer.get("/api/reports/completion?examId=" + examId).json().getJsonArray("units").stream()
        .map(o -> (JsonObject) o).filter(u -> u.getString("unit").equals("市司法局")).findFirst().orElseThrow();
    assertEquals(6, unit.getInteger("started"));
    assertEquals(6, unit.getInteger("submitted"), "each person counted once, though two nodes swept");
    long wrongEntries = 0;
    for (int i = 0; i < 6; i++) {
      JsonObject book = ExamFixture.mongo(nodeA).findOne("wrongbook", new JsonObject().put("_id", "m" + i), null).await();
      for (String q : book.getJsonObject("items").fieldNames()) {
        assertEquals(1, book.getJsonObject("items").getJsonObject(q).getInteger("count"), "one close, one entry");
        wrongEntries++;
      }
    }
    assertEquals(18, wrongEntries, "three unanswered questions each");
  }
}
