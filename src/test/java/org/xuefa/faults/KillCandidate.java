package org.xuefa.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.xuefa.testing.TestClient;

/** One candidate of {@link NodeKillUnderLoadTest}: client, paper and what the node acknowledged; one request at a time. */
final class KillCandidate {
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

  KillCandidate(TestClient client, JsonObject attempt, long seed) {
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
    assertEquals("submitted", a.getString("status"), attemptId + " after a second submit");
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
    assertEquals(questions.size(), r.getInteger("questionCount"), attemptId);
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
