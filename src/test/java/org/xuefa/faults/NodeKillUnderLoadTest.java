package org.xuefa.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.config.Config;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.ServerProcess;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/**
 * {@code kill -9} of a node with its embedded store while candidates save answers as fast as they can,
 * at three random moments, and once more in the middle of the submit burst. Every save the node
 * acknowledged (200, saved:true) is there after the restart; every attempt is either closed once
 * with its whole result or still in progress and closed when submitted again — never half-graded.
 * The moments come from a seeded random; the seed is printed and can be fixed with -Dxuefa.faults.seed.
 */
class NodeKillUnderLoadTest {

  private static final int CANDIDATES = 24;
  private static final int QUESTIONS = 10;
  private static final int ROUNDS = 3;
  private static final String PASSWORD = "password-kill-9";

  @Test
  void everyAcknowledgedAnswerAndSubmitSurvivesKillDashNine(@TempDir Path dir) throws Exception {
    long seed = Long.getLong("xuefa.faults.seed", System.nanoTime());
    System.out.println("NodeKillUnderLoadTest seed " + seed + " (rerun with -Dxuefa.faults.seed=" + seed + ")");
    Random random = new Random(seed);
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    Map<String, String> env = Map.of(Config.HTTP_PORT, Integer.toString(port));

    ServerProcess node = ServerProcess.start(dir, env, "serve");
    ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
    try {
      node.awaitListening();
      TestClient admin = new TestClient(base);
      admin.login("admin", TestServer.ADMIN_PASSWORD);
      create(admin, "tkill", "trainer");
      TestClient trainer = new TestClient(base);
      trainer.login("tkill", PASSWORD);
      TestClient.Response exam = trainer.postJson("/api/exams", new JsonObject().put("title", "断电压测")
          .put("timeLimitSeconds", 3600).put("passScore", 60).put("questionCount", QUESTIONS)
          .put("tags", new JsonArray()).put("maxAttempts", 1).put("units", new JsonArray()));
      assertEquals(201, exam.status(), exam.body());
      String examId = exam.json().getString("id");

      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < CANDIDATES; i++) {
        create(admin, "k" + i, "learner");
        TestClient c = new TestClient(base);
        c.login("k" + i, PASSWORD);
        TestClient.Response started = c.postJson("/api/exams/" + examId + "/attempts", new JsonObject());
        assertEquals(201, started.status(), started.body());
        candidates.add(new Candidate(c, started.json(), random.nextLong()));
      }

      for (int round = 1; round <= ROUNDS; round++) {
        long delay = 300 + random.nextInt(1200);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>();
        for (Candidate c : candidates) {
          running.add(pool.submit(() -> c.saveUntilRefused(stop)));
        }
        Eventually.within(Duration.ofSeconds(20), "saves acknowledged before the kill",
            () -> candidates.stream().mapToInt(c -> c.acknowledged.get()).sum() >= CANDIDATES);
        long t0 = System.nanoTime();
        Eventually.within(Duration.ofMillis(delay + 1000), "the random moment",
            () -> System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(delay));
        node.kill();
        stop.set(true);
        for (Future<?> f : running) {
          f.get(30, TimeUnit.SECONDS);
        }
        int acked = candidates.stream().mapToInt(c -> c.acknowledged.getAndSet(0)).sum();
        System.out.println("round " + round + ": killed " + delay + " ms into the load, " + acked
            + " saves acknowledged this round");

        node = ServerProcess.start(dir, env, "serve");
        node.awaitListening();
        for (Candidate c : candidates) {
          c.checkEveryAcknowledgedAnswerIsThere();
        }
      }

      // The submit burst: everybody at once, the node killed at a random moment of it. On a node just
      // restarted the first answers come about a second after the burst starts and the last half a second
      // later, so the moment is drawn from 0.2–1.6 s and timed by spinning on the clock, not by polling.
      long killAtMicros = 200_000 + random.nextInt(1_400_000);
      AtomicInteger submitted = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> burst = new ArrayList<>();
      for (Candidate c : candidates) {
        burst.add(pool.submit(() -> c.submit(go, submitted::incrementAndGet)));
      }
      long start = System.nanoTime();
      go.countDown();
      while (System.nanoTime() - start < TimeUnit.MICROSECONDS.toNanos(killAtMicros)) {
        Thread.onSpinWait();
      }
      node.killNow();
      int ackedAtKill = submitted.get();
      for (Future<?> f : burst) {
        f.get(30, TimeUnit.SECONDS);
      }
      node.kill();
      System.out.println("submit burst: killed " + killAtMicros + " µs in, " + ackedAtKill + " of " + CANDIDATES
          + " submits acknowledged by then, " + submitted.get() + " in all");

      node = ServerProcess.start(dir, env, "serve");
      node.awaitListening();
      int closedBefore = 0;
      for (Candidate c : candidates) {
        closedBefore += c.checkClosedOnceOrStillOpen() ? 1 : 0;
      }
      System.out.println("after the restart: " + closedBefore + " closed, " + (CANDIDATES - closedBefore)
          + " still in progress (submitted again)");
      for (Candidate c : candidates) {
        c.submitAgainAndCheck();
      }
      JsonArray rows = trainer.get("/api/exams/" + examId + "/results").json().getJsonArray("rows");
      assertEquals(CANDIDATES, rows.size());
      for (Object o : rows) {
        JsonObject row = (JsonObject) o;
        Candidate c = candidates.get(Integer.parseInt(row.getString("username").substring(1)));
        assertEquals("submitted", row.getString("status"), "results row of " + row.encode());
        assertEquals(c.result.getValue("score"), row.getValue("score"), "best score of " + row.getString("username"));
      }
      long passed = candidates.stream().filter(c -> c.result.getBoolean("passed")).count();
      JsonObject unit = trainer.get("/api/reports/completion?examId=" + examId).json().getJsonArray("units")
          .getJsonObject(0);
      assertEquals(CANDIDATES, unit.getInteger("started"), unit.encode());
      assertEquals(CANDIDATES, unit.getInteger("submitted"), "each person counted once: " + unit.encode());
      assertEquals(passed, unit.getInteger("passed").longValue(), unit.encode());
    } finally {
      pool.shutdownNow();
      node.close();
    }
  }

  /** One candidate's client, the paper and what the node acknowledged; at most one request in flight. */
  private static final class Candidate {
    final TestClient client;
    final String attemptId;
    final JsonArray questions;
    final Random random;
    final AtomicInteger acknowledged = new AtomicInteger();
    /** The last acknowledged choice per question. */
    final JsonObject known = new JsonObject();
    /** The save that was in flight when the node died: it may or may not have been stored. */
    String unsureQuestion;
    JsonArray unsureChoice;
    JsonObject result;
    String closedAt;

    Candidate(TestClient client, JsonObject attempt, long seed) {
      this.client = client;
      this.attemptId = attempt.getString("attemptId");
      this.questions = attempt.getJsonArray("questions");
      this.random = new Random(seed);
    }

    void saveUntilRefused(AtomicBoolean stop) {
      while (!stop.get()) {
        JsonObject q = questions.getJsonObject(random.nextInt(questions.size()));
        JsonArray options = q.getJsonArray("options");
        JsonArray choice = new JsonArray().add(options.getJsonObject(random.nextInt(options.size())).getString("key"));
        String qid = q.getString("id");
        unsureQuestion = qid;
        unsureChoice = choice;
        TestClient.Response r;
        try {
          r = client.putJson("/api/attempts/" + attemptId + "/answers/" + qid, new JsonObject().put("choice", choice));
        } catch (UncheckedIOException e) {
          return; // the node is gone: this save's fate is unknown
        }
        if (r.status() != 200 || !r.json().getBoolean("saved", false)) {
          if (stop.get()) {
            return;
          }
          throw new AssertionError("save refused while the node was up: " + r.status() + " " + r.body());
        }
        known.put(qid, choice);
        unsureQuestion = null;
        acknowledged.incrementAndGet();
      }
    }

    void checkEveryAcknowledgedAnswerIsThere() {
      TestClient.Response r = client.get("/api/attempts/" + attemptId);
      assertEquals(200, r.status(), r.body());
      JsonObject stored = r.json().getJsonObject("answers");
      for (String qid : known.fieldNames()) {
        JsonArray want = known.getJsonArray(qid);
        JsonArray got = stored.getJsonArray(qid);
        boolean unsure = qid.equals(unsureQuestion) && unsureChoice.equals(got);
        assertTrue(want.equals(got) || unsure, attemptId + " lost the acknowledged answer " + qid + "=" + want
            + " (stored " + got + ")");
      }
      for (String qid : stored.fieldNames()) {
        assertTrue(known.containsKey(qid) || qid.equals(unsureQuestion), "an answer nobody sent: " + qid);
      }
      known.clear();
      known.mergeIn(stored);
      unsureQuestion = null;
    }

    void submit(CountDownLatch go, Runnable acknowledged) {
      try {
        go.await();
        TestClient.Response r = client.postJson("/api/attempts/" + attemptId + "/submit", new JsonObject());
        assertEquals(200, r.status(), r.body());
        assertEquals("submitted", r.json().getString("status"));
        result = r.json().getJsonObject("result");
        closedAt = r.json().getString("closedAt");
        acknowledged.run();
      } catch (UncheckedIOException e) {
        // the node died before it answered: closed or not, the restart tells
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** True when the attempt is closed; an acknowledged submit must be closed with the acknowledged result. */
    boolean checkClosedOnceOrStillOpen() {
      JsonObject a = client.get("/api/attempts/" + attemptId).json();
      if (result != null) {
        assertEquals("submitted", a.getString("status"), attemptId + " was acknowledged as submitted");
        assertEquals(result, a.getJsonObject("result"), attemptId + " result after the restart");
        assertEquals(closedAt, a.getString("closedAt"), attemptId + " closed once");
      }
      if ("in_progress".equals(a.getString("status"))) {
        assertEquals(null, a.getValue("result"), attemptId + " in progress with a result");
        assertEquals(known, a.getJsonObject("answers"));
        return false;
      }
      checkWholeResult(a);
      return true;
    }

    void submitAgainAndCheck() {
      TestClient.Response r = client.postJson("/api/attempts/" + attemptId + "/submit", new JsonObject());
      assertEquals(200, r.status(), r.body());
      JsonObject a = r.json();
      assertEquals("submitted", a.getString("status"));
      checkWholeResult(a);
      if (result != null) {
        assertEquals(result, a.getJsonObject("result"), "a second submit changes nothing");
        assertEquals(closedAt, a.getString("closedAt"));
      }
      result = a.getJsonObject("result");
      closedAt = a.getString("closedAt");
      JsonObject again = client.get("/api/attempts/" + attemptId).json();
      assertEquals(result, again.getJsonObject("result"));
      assertEquals(closedAt, again.getString("closedAt"));
    }

    /** Graded over exactly the saved answers: every question, each mark consistent with the key. */
    void checkWholeResult(JsonObject a) {
      JsonObject r = a.getJsonObject("result");
      assertNotNull(r, attemptId + " closed without a result");
      assertEquals(QUESTIONS, r.getInteger("questionCount"), attemptId);
      assertEquals(known, a.getJsonObject("answers"), attemptId + " graded answers are the saved ones");
      int correct = 0;
      for (Object o : a.getJsonArray("questions")) {
        JsonObject q = (JsonObject) o;
        JsonArray choice = known.getJsonArray(q.getString("id"), new JsonArray());
        assertEquals(choice, q.getJsonArray("choice"), attemptId + " choice graded for " + q.getString("id"));
        boolean right = q.getJsonArray("key").equals(choice);
        assertEquals(right, q.getBoolean("correct"), attemptId + " mark of " + q.getString("id"));
        correct += right ? 1 : 0;
      }
      assertEquals(correct, r.getInteger("correctCount"), attemptId + " correct count");
    }
  }

  private static void create(TestClient admin, String username, String role) {
    TestClient.Response r = admin.postJson("/api/users", new JsonObject().put("username", username)
        .put("name", "样例" + username).put("role", role).put("unit", "市司法局").put("password", PASSWORD));
    assertEquals(201, r.status(), r.body());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
