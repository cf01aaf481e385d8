package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.xuefa.account.SessionUser;
import org.xuefa.account.Tokens;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionBank;
import org.xuefa.web.HttpFailure;

/**
 * Practice: untimed papers by topic (or from the wrong-answer book) with the key, explanation and
 * source shown right after each answer; no attempt limits, no certificate. The first answer to each
 * question of a paper counts for the wrong-answer book. Stored in {@code practice} by {@code _id}.
 * A question on the person's exam paper still open is kept out of practice until that paper closes.
 */
public final class PracticeService {

  static final String COLLECTION = "practice";
  public static final int DEFAULT_COUNT = 10;
  public static final int MAX_COUNT = 50;

  private final MongoClient mongo;
  private final QuestionBank bank;
  private final WrongBook wrongBook;
  private final OpenPapers openPapers;
  private final Random random = new SecureRandom();
  private final PaperDrawer drawer = new PaperDrawer(random);

  PracticeService(MongoClient mongo, QuestionBank bank, WrongBook wrongBook, OpenPapers openPapers) {
    this.mongo = mongo;
    this.bank = bank;
    this.wrongBook = wrongBook;
    this.openPapers = openPapers;
  }

  /** A practice paper as stored: the paper (keys in it, never sent before answering) and the answers. */
  public record Paper(String id, String username, String tag, boolean fromWrongBook, List<PaperQuestion> questions,
      JsonObject answers) {

    public Optional<PaperQuestion> question(String id) {
      return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    static Paper fromDocument(JsonObject d) {
      return new Paper(d.getString("_id"), d.getString("username"), d.getString("tag", ""),
          d.getBoolean("fromWrongBook", false), d.getJsonArray("paper").stream()
              .map(o -> PaperQuestion.fromDocument((JsonObject) o)).toList(),
          d.getJsonObject("answers", new JsonObject()));
    }
  }

  public Future<Paper> create(SessionUser user, String tag, int count, boolean fromWrongBook, long now) {
    Future<List<Question>> pool = fromWrongBook
        ? wrongBook.items(user.username()).compose(items -> bank.byIds(items.fieldNames()))
            .map(found -> found.values().stream().filter(q -> !Question.RETIRED.equals(q.status())).toList())
        : bank.active().map(all -> all.stream().filter(q -> tag.isEmpty() || q.tags().contains(tag)).toList());
    Future<List<Question>> allowed = openPapers.questionIds(user.username(), user.unit(), now)
        .compose(open -> pool.map(list -> list.stream().filter(q -> !open.contains(q.id())).toList()));
    return allowed.compose(questions -> {
      if (questions.isEmpty()) {
        return Future.failedFuture(HttpFailure.badRequest(fromWrongBook ? "错题本是空的，没有可以再练的题目"
            : "没有标签为“" + tag + "”的题目"));
      }
      List<Question> picked = new ArrayList<>(questions);
      Collections.shuffle(picked, random);
      return insert(user, fromWrongBook ? "错题本" : tag, fromWrongBook, picked.subList(0, Math.min(count, picked.size())), now);
    });
  }

  /** A practice of one question, for a question found by search. */
  public Future<Paper> createFor(SessionUser user, String questionId, long now) {
    Future<Set<String>> open = openPapers.questionIds(user.username(), user.unit(), now);
    return Future.all(bank.byIds(List.of(questionId)), open).compose(both -> {
      Question q = both.<Map<String, Question>>resultAt(0).get(questionId);
      if (q == null || !q.active()) {
        return Future.failedFuture(HttpFailure.notFound("没有这道练习题：" + questionId));
      }
      if (open.result().contains(questionId)) {
        return Future.failedFuture(HttpFailure.conflict(OpenPapers.onOpenPaper()));
      }
      return insert(user, q.tags().isEmpty() ? "" : q.tags().get(0), false, List.of(q), now);
    });
  }

  private Future<Paper> insert(SessionUser user, String tag, boolean fromWrongBook, List<Question> questions, long now) {
    List<PaperQuestion> paper = questions.stream().map(q -> drawer.shuffled(q, 1)).toList();
    JsonObject doc = new JsonObject().put("_id", Tokens.random(12)).put("username", user.username())
        .put("tag", tag).put("fromWrongBook", fromWrongBook).put("createdAt", now)
        .put("paper", new JsonArray(paper.stream().map(PaperQuestion::toDocument).toList()))
        .put("answers", new JsonObject());
    return mongo.insert(COLLECTION, doc).map(id -> Paper.fromDocument(doc));
  }

  public Future<Paper> find(SessionUser user, String id) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", id), null).compose(d -> d != null
        && user.username().equals(d.getString("username")) ? Future.succeededFuture(Paper.fromDocument(d))
        : Future.failedFuture(HttpFailure.notFound("没有这份练习")));
  }

  /** Grades one answer and answers the feedback: correct?, the key, the explanation and the source. */
  public Future<JsonObject> answer(SessionUser user, String id, String questionId, List<String> choice, long now) {
    return find(user, id).compose(paper -> openPapers.questionIds(user.username(), user.unit(), now).compose(open -> {
      PaperQuestion q = paper.question(questionId)
          .orElseThrow(() -> HttpFailure.notFound("练习中没有这道题：" + questionId));
      if (open.contains(questionId)) {
        throw HttpFailure.conflict(OpenPapers.onOpenPaper());
      }
      List<String> normalized = AnswerCheck.normalize(q.type(), PaperQuestion.KEYS.substring(0, q.options().size()),
          choice);
      if (normalized.isEmpty()) {
        throw HttpFailure.badRequest("请先选择答案");
      }
      boolean correct = Grader.correct(q, normalized);
      boolean first = !paper.answers().containsKey(questionId);
      Future<Boolean> book = !first ? Future.succeededFuture(false) : correct
          ? wrongBook.practisedRight(user.username(), questionId)
          : wrongBook.addWrong(user.username(), List.of(questionId), "practice:" + id + ":" + questionId, now).map(false);
      JsonObject saved = new JsonObject().put("choice", new JsonArray(normalized)).put("correct", correct).put("at", now);
      return book.compose(left -> mongo.updateCollection(COLLECTION, new JsonObject().put("_id", id),
              new JsonObject().put("$set", new JsonObject().put("answers." + questionId, saved)))
          .compose(v -> feedback(q, normalized))
          .map(f -> f.put("leftWrongBook", left)));
    }));
  }

  /**
   * Feedback for every answered question of the paper (for the page after a reload), but none for a
   * question now on the person's open exam paper.
   */
  public Future<Map<String, JsonObject>> feedback(SessionUser user, Paper paper, long now) {
    return openPapers.questionIds(user.username(), user.unit(), now).compose(open -> feedback(paper.answers()
        .fieldNames().stream().filter(qid -> !open.contains(qid)).toList(), paper));
  }

  private Future<Map<String, JsonObject>> feedback(List<String> ids, Paper paper) {
    return bank.byIds(ids).map(found -> {
      Map<String, JsonObject> out = new java.util.LinkedHashMap<>();
      for (String qid : ids) {
        paper.question(qid).ifPresent(q -> {
          List<String> choice = paper.answers().getJsonObject(qid).getJsonArray("choice").stream()
              .map(String::valueOf).toList();
          out.put(qid, Feedback.of(q, choice, found.get(qid)));
        });
      }
      return out;
    });
  }

  private Future<JsonObject> feedback(PaperQuestion q, List<String> choice) {
    return bank.byIds(List.of(q.id())).map(found -> Feedback.of(q, choice, found.get(q.id())));
  }

  /** Tags of the active questions with how many questions each has, most first. */
  public Future<List<Map.Entry<String, Integer>>> tags() {
    return bank.active().map(all -> {
      Map<String, Integer> counts = new java.util.TreeMap<>();
      all.forEach(q -> q.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
      List<Map.Entry<String, Integer>> out = new ArrayList<>(counts.entrySet());
      out.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      return out;
    });
  }
}
