package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xuefa.account.SessionUser;
import org.xuefa.question.Question;

/**
 * The wrong-answer book as shown: each question with its key, explanation and source, most recent
 * first; a question on the person's exam paper still open stays out of it until that paper closes.
 */
final class WrongBookView {

  private WrongBookView() {}

  static Future<List<JsonObject>> items(Exams exams, SessionUser user) {
    Future<java.util.Set<String>> open = exams.openPapers().questionIds(user.username(), user.unit(),
        System.currentTimeMillis());
    return open.compose(hidden -> exams.wrongBook().items(user.username()).compose(items -> exams.bank()
        .byIds(items.fieldNames()).map(found -> {
          List<JsonObject> out = new ArrayList<>();
          for (String qid : items.fieldNames()) {
            Question q = found.get(qid);
            if (q == null || hidden.contains(qid)) {
              continue;
            }
            JsonObject item = items.getJsonObject(qid);
            JsonArray sources = new JsonArray();
            q.sources().forEach(s -> sources.add(new JsonObject().put("title", s.title()).put("url", s.url())));
            out.add(new JsonObject().put("questionId", qid).put("type", q.type().code())
                .put("typeLabel", q.type().label()).put("stem", q.stem())
                .put("options", new JsonArray(q.options().stream().map(Question.Option::toJson).toList()))
                .put("answer", new JsonArray(q.answer())).put("explanation", q.explanation())
                .put("source", sources.isEmpty() ? null : sources.getJsonObject(0)).put("sources", sources)
                .put("count", item.getInteger("count", 1)).put("streak", item.getInteger("streak", 0))
                .put("lastWrongAt", Times.iso(item.getLong("lastWrongAt"))).put("lastWrongAtMillis", item.getLong("lastWrongAt")));
          }
          out.sort(Comparator.comparing((JsonObject j) -> j.getLong("lastWrongAtMillis", 0L)).reversed());
          out.forEach(j -> j.remove("lastWrongAtMillis"));
          return out;
        })));
  }
}
