package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt: its state in {@code attempts} (clock, status, and once closed the answers graded and the
 * result) and its paper in {@code papers} (written once at start, never changed). Both by the same
 * {@code _id}. While it is in progress its answers live in {@link AnswerStore}, one small document each.
 */
public record Attempt(
    String id,
    String examId,
    String examTitle,
    String username,
    String name,
    String unit,
    int attemptNo,
    String status,
    long startedAt,
    long deadline,
    long graceUntil,
    String rule,
    int passScore,
    List<PaperQuestion> paper,
    Map<String, List<String>> answers,
    Result result,
    Long closedAt,
    String certificateNo,
    JsonArray overrides) {

  public static final String IN_PROGRESS = "in_progress";
  public static final String SUBMITTED = "submitted";
  public static final String EXPIRED = "expired";

  public boolean inProgress() {
    return IN_PROGRESS.equals(status);
  }

  /** After this instant nothing is taken any more, not even a submit; the sweeper closes it then. */
  public long closeAt() {
    return Math.max(deadline, graceUntil);
  }

  public Optional<PaperQuestion> question(String questionId) {
    return paper.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** The same attempt with these answers (the sheets' read over those its document held, in paper order). */
  Attempt withAnswers(Map<String, List<String>> saved) {
    Map<String, List<String>> merged = new LinkedHashMap<>();
    for (PaperQuestion q : paper) {
      List<String> choice = saved.containsKey(q.id()) ? saved.get(q.id()) : answers.get(q.id());
      if (choice != null && !choice.isEmpty()) {
        merged.put(q.id(), choice);
      }
    }
    return new Attempt(id, examId, examTitle, username, name, unit, attemptNo, status, startedAt, deadline,
        graceUntil, rule, passScore, paper, merged, result, closedAt, certificateNo, overrides);
  }

  /** The same attempt closed with {@code status} and {@code result} at {@code at}. */
  Attempt closed(String newStatus, Result graded, long at) {
    return new Attempt(id, examId, examTitle, username, name, unit, attemptNo, newStatus, startedAt, deadline,
        graceUntil, rule, passScore, paper, answers, graded, at, certificateNo, overrides);
  }

  /** The same attempt with its certificate number. */
  Attempt withCertificate(String number) {
    return new Attempt(id, examId, examTitle, username, name, unit, attemptNo, status, startedAt, deadline,
        graceUntil, rule, passScore, paper, answers, result, closedAt, number, overrides);
  }

  public JsonObject toDocument() {
    JsonObject answersDoc = new JsonObject();
    answers.forEach((k, v) -> answersDoc.put(k, new JsonArray(v)));
    return new JsonObject().put("_id", id).put("examId", examId).put("examTitle", examTitle)
        .put("username", username).put("name", name).put("unit", unit).put("attemptNo", attemptNo)
        .put("status", status).put("startedAt", startedAt).put("deadline", deadline).put("graceUntil", graceUntil)
        .put("rule", rule).put("passScore", passScore).put("questionCount", paper.size())
        .put("answers", answersDoc)
        .put("result", result == null ? null : result.toDocument()).put("closedAt", closedAt)
        .put("certificateNo", certificateNo).put("overrides", overrides);
  }

  /** The paper's document in {@code papers}. */
  public JsonObject toPaperDocument() {
    return new JsonObject().put("_id", id).put("examId", examId).put("username", username)
        .put("questions", new JsonArray(paper.stream().map(PaperQuestion::toDocument).toList()));
  }

  public static Attempt fromDocuments(JsonObject d, JsonObject paperDoc) {
    List<PaperQuestion> paper = paperDoc.getJsonArray("questions", new JsonArray()).stream()
        .map(o -> PaperQuestion.fromDocument((JsonObject) o)).toList();
    Map<String, List<String>> answers = new LinkedHashMap<>();
    d.getJsonObject("answers", new JsonObject()).forEach(e -> {
      if (e.getValue() instanceof JsonArray a && !a.isEmpty()) {
        answers.put(e.getKey(), a.stream().map(String::valueOf).toList());
      }
    });
    JsonObject result = d.getJsonObject("result");
    long deadline = d.getLong("deadline");
    return new Attempt(d.getString("_id"), d.getString("examId"), d.getString("examTitle", ""),
        d.getString("username"), d.getString("name", d.getString("username")), d.getString("unit", ""),
        d.getInteger("attemptNo", 1), d.getString("status"), d.getLong("startedAt"), deadline,
        d.getLong("graceUntil", deadline), d.getString("rule", Exam.ALL_OR_NOTHING), d.getInteger("passScore", 60),
        paper, answers, result == null ? null : Result.fromDocument(result),
        d.getLong("closedAt"), d.getString("certificateNo"), d.getJsonArray("overrides", new JsonArray()));
  }
}
