package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One candidate on exam day with the pauses taken out: start, fetch the paper, answer each question in
 * turn, reload half-way and check that the answers saved so far are there, submit. A failed start ends
 * the candidate's attempt; a failed answer is counted and the candidate goes on, as a person would.
 * One candidate may sit several exams in turn (a warm-up round, then the measured one).
 */
final class Candidate {

  private final BenchSession session;
  private final String username;
  private final String password;
  private final Random random;
  // the exam being taken: set afresh by each takeExam
  private Recorders recorders;
  private Map<String, JsonArray> saved;
  private String attemptId;
  private boolean submitted;

  Candidate(BenchSession session, String username, String password, long seed) {
    this.session = session;
    this.username = username;
    this.password = password;
    this.random = new Random(seed);
  }

  Future<JsonObject> login(LatencyRecorder into) {
    return session.login(username, password, into);
  }

  /** Whether the last exam taken ended with an accepted submit. */
  boolean submitted() {
    return submitted;
  }

  /** The whole attempt, timed into {@code into}; completes (never fails) once the candidate has done what could be done. */
  Future<Void> takeExam(String examId, int expectedQuestions, Recorders into) {
    recorders = into;
    saved = new HashMap<>();
    attemptId = null;
    submitted = false;
    return session.call(recorders.of(Operation.START), HttpMethod.POST, "/api/exams/" + examId + "/attempts", new JsonObject(),
            r -> checkStart(r, expectedQuestions))
        .compose(started -> {
          attemptId = started.bodyAsJsonObject().getString("attemptId");
          List<JsonObject> questions = questions(started.bodyAsJsonObject());
          return fetch(questions)
              .compose(paper -> answer(paper, 0, paper.size() / 2)
                  .compose(v -> reload())
                  .compose(v -> answer(paper, paper.size() / 2, paper.size())))
              .compose(v -> submit());
        })
        .<Void>mapEmpty()
        .otherwiseEmpty();
  }

  private static String checkStart(HttpResponse<Buffer> r, int expected) {
    if (r.statusCode() != 201 && r.statusCode() != 200) {
      return "HTTP " + r.statusCode();
    }
    JsonObject json = BenchSession.jsonOrNull(r);
    if (json == null || json.getString("attemptId") == null || !(json.getValue("questions") instanceof JsonArray)) {
      return "HTTP " + r.statusCode() + " without attemptId and questions";
    }
    int n = json.getJsonArray("questions").size();
    return n == expected ? null : "paper of " + n + " questions (asked for " + expected + ")";
  }

  /** The paper as a fresh page load shows it; should that fail, the candidate goes on with the start answer's. */
  private Future<List<JsonObject>> fetch(List<JsonObject> fromStart) {
    return session.call(recorders.of(Operation.FETCH), HttpMethod.GET, "/api/attempts/" + attemptId, null,
            r -> BenchSession.expectJson(r, 200, "questions"))
        .map(r -> questions(r.bodyAsJsonObject()))
        .otherwise(fromStart);
  }

  private Future<Void> answer(List<JsonObject> paper, int from, int to) {
    Future<Void> chain = Future.succeededFuture();
    for (int i = from; i < to; i++) {
      JsonObject q = paper.get(i);
      chain = chain.compose(v -> save(q));
    }
    return chain;
  }

  private Future<Void> save(JsonObject question) {
    String qid = question.getString("id");
    JsonArray choice = choose(question, random);
    return session.call(recorders.of(Operation.SAVE), HttpMethod.PUT, "/api/attempts/" + attemptId + "/answers/" + qid,
            new JsonObject().put("choice", choice), Candidate::checkSaved)
        .map(r -> {
          saved.put(qid, choice);
          return (Void) null;
        })
        .otherwiseEmpty();
  }

  private static String checkSaved(HttpResponse<Buffer> r) {
    if (r.statusCode() != 200) {
      return "HTTP " + r.statusCode();
    }
    JsonObject json = BenchSession.jsonOrNull(r);
    return json != null && Boolean.TRUE.equals(json.getValue("saved")) ? null : "HTTP 200 without saved:true";
  }

  /** Reloads the attempt like a refreshed page and counts every saved answer that is not there as lost. */
  private Future<Void> reload() {
    return session.call(recorders.of(Operation.RELOAD), HttpMethod.GET, "/api/attempts/" + attemptId, null,
            r -> BenchSession.expectJson(r, 200, "answers"))
        .map(r -> {
          JsonObject answers = r.bodyAsJsonObject().getJsonObject("answers", new JsonObject());
          saved.forEach((qid, choice) -> {
            if (!choice.equals(answers.getValue(qid))) {
              recorders.of(Operation.RELOAD).fault("saved answer missing on reload");
            }
          });
          return (Void) null;
        })
        .otherwiseEmpty();
  }

  private Future<Void> submit() {
    return session.call(recorders.of(Operation.SUBMIT), HttpMethod.POST, "/api/attempts/" + attemptId + "/submit", new JsonObject(),
            r -> {
              String wrong = BenchSession.expectJson(r, 200, "result");
              return wrong != null || "submitted".equals(r.bodyAsJsonObject().getString("status"))
                  ? wrong : "HTTP 200 with status " + r.bodyAsJsonObject().getString("status");
            })
        .map(r -> {
          submitted = true;
          return (Void) null;
        });
  }

  private static List<JsonObject> questions(JsonObject attempt) {
    List<JsonObject> out = new ArrayList<>();
    for (Object o : attempt.getJsonArray("questions", new JsonArray())) {
      if (o instanceof JsonObject q) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * A plausible answer: one option for single-choice and true/false, two for multiple choice (the
   * server must store whatever is chosen; right or wrong does not matter to the load).
   */
  static JsonArray choose(JsonObject question, Random random) {
    List<String> keys = new ArrayList<>();
    for (Object o : question.getJsonArray("options", new JsonArray())) {
      if (o instanceof JsonObject opt && opt.getString("key") != null) {
        keys.add(opt.getString("key"));
      }
    }
    if (keys.isEmpty()) {
      return new JsonArray().add("A");
    }
    String first = keys.get(random.nextInt(keys.size()));
    if (!"multiple".equals(question.getString("type")) || keys.size() < 2) {
      return new JsonArray().add(first);
    }
    String second;
    do {
      second = keys.get(random.nextInt(keys.size()));
    } while (second.equals(first));
    return first.compareTo(second) < 0 ? new JsonArray().add(first).add(second) : new JsonArray().add(second).add(first);
  }
}
