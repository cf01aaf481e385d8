package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One candidate on exam day with the pauses taken out, in steps the scenario calls: start, fetch the
 * paper, answer each question in turn (reloading half-way and checking that the answers saved so far are
 * there), submit. No step fails: each counts what went wrong into the recorders, and a candidate whose
 * start failed is left out of the later steps; a failed answer is counted and the candidate goes on, as
 * a person would. One candidate may sit several exams in turn (a warm-up round, then the measured one).
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
  private List<JsonObject> paper;
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

  /** Whether the current exam's attempt was started (the later steps are skipped otherwise). */
  boolean started() {
    return attemptId != null;
  }

  /** Starts an attempt of the exam, timed into {@code into} along with the rest of this exam's steps. */
  Future<Void> start(String examId, int expectedQuestions, Recorders into) {
    recorders = into;
    saved = new HashMap<>();
    attemptId = null;
    paper = List.of();
    submitted = false;
    return session.call(recorders.of(Operation.START), HttpMethod.POST, "/api/exams/" + examId + "/attempts",
            new JsonObject(), r -> checkStart(r, expectedQuestions))
        .map(r -> {
          attemptId = r.bodyAsJsonObject().getString("attemptId");
          paper = questions(r.bodyAsJsonObject());
          return (Void) null;
        })
        .otherwiseEmpty();
  }

  /** Loads the paper as a fresh exam page does; should that fail, the candidate goes on with the start answer's. */
  Future<Void> fetch() {
    return session.call(recorders.of(Operation.FETCH), HttpMethod.GET, "/api/attempts/" + attemptId, null,
            r -> BenchSession.expectJson(r, 200, "questions"))
        .map(r -> {
          List<JsonObject> fetched = questions(r.bodyAsJsonObject());
          if (!fetched.isEmpty()) {
            paper = fetched;
          }
          return (Void) null;
        })
        .otherwiseEmpty();
  }

  /** Answers the first half, reloads and checks, answers the rest. */
  Future<Void> answerAll() {
    int half = paper.size() / 2;
    return answer(0, half).compose(v -> reload()).compose(v -> answer(half, paper.size()));
  }

  private static String checkStart(BenchSession.Answer r, int expected) {
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

  private Future<Void> answer(int from, int to) {
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

  /** Looks for {@code "saved":true} in the body without parsing it: the tool shares the server's cores. */
  private static String checkSaved(BenchSession.Answer r) {
    if (r.statusCode() != 200) {
      return "HTTP " + r.statusCode();
    }
    Buffer body = r.body();
    return body != null && body.toString().contains("\"saved\":true") ? null : "HTTP 200 without saved:true";
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

  /** Submits; the exam's last step. */
  Future<Void> submit() {
    return session.call(recorders.of(Operation.SUBMIT), HttpMethod.POST, "/api/attempts/" + attemptId + "/submit", new JsonObject(),
            r -> {
              String wrong = BenchSession.expectJson(r, 200, "result");
              return wrong != null || "submitted".equals(r.bodyAsJsonObject().getString("status"))
                  ? wrong : "HTTP 200 with status " + r.bodyAsJsonObject().getString("status");
            })
        .map(r -> {
          submitted = true;
          return (Void) null;
        })
        .otherwiseEmpty();
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
