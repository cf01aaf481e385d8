package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.xuefa.question.Question;

/** What a learner sees about a question once it may be shown: the key, their choice, why, and where it comes from. */
final class Feedback {

  private Feedback() {}

  /** {@code bankQuestion} may be null when the question was deleted since: the key still comes from the paper. */
  static JsonObject of(PaperQuestion q, List<String> choice, Question bankQuestion) {
    JsonArray sources = new JsonArray();
    JsonObject source = null;
    String explanation = "";
    if (bankQuestion != null) {
      explanation = bankQuestion.explanation();
      bankQuestion.sources().forEach(s -> sources.add(new JsonObject().put("title", s.title()).put("url", s.url())));
      source = sources.isEmpty() ? null : sources.getJsonObject(0);
    }
    return new JsonObject().put("questionId", q.id()).put("correct", Grader.correct(q, choice))
        .put("answer", new JsonArray(q.answer())).put("choice", new JsonArray(choice))
        .put("explanation", explanation).put("source", source).put("sources", sources);
  }
}
