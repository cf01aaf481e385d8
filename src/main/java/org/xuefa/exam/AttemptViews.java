package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionBank;

/**
 * The attempt as the API shows it. In progress: the paper as shown and the saved answers — built
 * field by field from the learner's view of each question, so no key, explanation or source can slip
 * in. Closed: also the result and, per question, the key, the choice, the explanation and the source.
 */
public final class AttemptViews {

  private AttemptViews() {}

  public static Future<JsonObject> view(Attempt a, QuestionBank bank, long now) {
    if (a.inProgress()) {
      return Future.succeededFuture(inProgress(a, now));
    }
    return bank.byIds(a.paper().stream().map(PaperQuestion::id).toList()).map(found -> closed(a, found));
  }

  public static JsonObject inProgress(Attempt a, long now) {
    JsonObject json = common(a);
    json.put("remainingSeconds", Times.remainingSeconds(a.deadline(), now))
        .put("canAnswer", now < a.deadline()).put("canSubmit", now < a.closeAt())
        .put("questions", new JsonArray(a.paper().stream().map(PaperQuestion::toLearnerJson).toList()));
    return json;
  }

  public static JsonObject closed(Attempt a, Map<String, Question> bank) {
    JsonObject json = common(a);
    JsonArray questions = new JsonArray();
    for (PaperQuestion q : a.paper()) {
      List<String> choice = a.answers().getOrDefault(q.id(), List.of());
      JsonObject f = Feedback.of(q, choice, bank.get(q.id()));
      double earned = a.result().earned().getOrDefault(q.id(), 0.0);
      questions.add(q.toLearnerJson().put("key", f.getJsonArray("answer")).put("choice", f.getJsonArray("choice"))
          .put("correct", f.getBoolean("correct")).put("earned", Result.number(earned))
          .put("explanation", f.getString("explanation")).put("source", f.getJsonObject("source"))
          .put("sources", f.getJsonArray("sources")));
    }
    return json.put("remainingSeconds", 0).put("canAnswer", false).put("canSubmit", false)
        .put("result", a.result().toJson()).put("closedAt", Times.iso(a.closedAt()))
        .put("certificateNo", a.certificateNo())
        .put("certificateUrl", a.certificateNo() == null ? null : "/certificates/" + a.certificateNo())
        .put("sheetUrl", "/attempts/" + a.id() + "/sheet").put("questions", questions);
  }

  private static JsonObject common(Attempt a) {
    JsonObject answers = new JsonObject();
    a.answers().forEach((k, v) -> answers.put(k, new JsonArray(v)));
    return new JsonObject().put("attemptId", a.id()).put("examId", a.examId()).put("examTitle", a.examTitle())
        .put("attemptNo", a.attemptNo()).put("status", a.status()).put("startedAt", Times.iso(a.startedAt()))
        .put("deadline", Times.iso(a.deadline()))
        .put("graceUntil", a.graceUntil() > a.deadline() ? Times.iso(a.graceUntil()) : null)
        .put("multipleChoiceRule", a.rule()).put("answers", answers);
  }
}
