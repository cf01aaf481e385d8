package org.xuefa.question;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.xuefa.account.SessionUser;
import org.xuefa.web.HttpFailure;

/** What trainers do to the bank one question at a time: list, write, edit, clear a flag, retire. */
public final class QuestionService {

  /** A page of questions with each one's answer statistics. */
  public record Listing(long total, List<QuestionRepository.Stored> items, Map<String, QuestionStats.Counts> stats) {}

  private final QuestionRules rules;
  private final QuestionRepository repository;
  private final QuestionStats stats;
  private final Clock clock;

  public QuestionService(QuestionRules rules, QuestionRepository repository, QuestionStats stats, Clock clock) {
    this.rules = rules;
    this.repository = repository;
    this.stats = stats;
    this.clock = clock;
  }

  public Future<Listing> list(QuestionFilter filter, int limit, int offset) {
    return repository.list(filter, limit, offset).compose(page -> stats.forIds(
            page.items().stream().map(s -> s.question().id()).toList())
        .map(counts -> new Listing(page.total(), page.items(), counts)));
  }

  /** One question with its statistics, as a one-item listing; 404 when missing. */
  public Future<Listing> one(String id) {
    return get(id).compose(s -> stats.forIds(List.of(id)).map(c -> new Listing(1, List.of(s), c)));
  }

  public Future<QuestionRepository.Stored> get(String id) {
    return repository.stored(id).compose(s -> s.map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(HttpFailure.notFound("没有编号为“" + id + "”的题目"))));
  }

  /** Validates and stores a new question; 400 with the broken rule, 409 when the code is taken. */
  public Future<Question> create(QuestionDraft draft, SessionUser by) {
    return validated(draft)
        .compose(q -> repository.insert(q, by.username(), clock.millis()).map(q));
  }

  /** Replaces a question's content (its status stays); {@code expectedVersion} −1 skips the conflict check. */
  public Future<Question> edit(String id, QuestionDraft draft, long expectedVersion, SessionUser by) {
    if (!draft.id().isBlank() && !draft.id().strip().equals(id)) {
      return Future.failedFuture(new InvalidQuestion("编号不能修改（" + id + "）：如需新编号，请新建题目"));
    }
    QuestionDraft withId = new QuestionDraft(id, draft.type(), draft.stem(), draft.options(), draft.answer(),
        draft.explanation(), draft.sources(), draft.tags(), draft.difficulty());
    return validated(withId)
        .compose(q -> repository.replace(q, expectedVersion, by.username(), clock.millis()))
        .compose(v -> get(id)).map(QuestionRepository.Stored::question);
  }

  /** Back to active after review (or out of retirement), recording who decided and when. */
  public Future<Question> clear(String id, SessionUser by) {
    return repository.setStatus(id, Question.ACTIVE, null,
            new JsonObject().put("clearedBy", by.username()).put("clearedAt", clock.millis()))
        .compose(v -> get(id)).map(QuestionRepository.Stored::question);
  }

  /** Out of new papers for good; papers already drawn keep it. */
  public Future<Question> retire(String id, SessionUser by) {
    return repository.setStatus(id, Question.RETIRED, null,
            new JsonObject().put("retiredBy", by.username()).put("retiredAt", clock.millis()))
        .compose(v -> get(id)).map(QuestionRepository.Stored::question);
  }

  private Future<Question> validated(QuestionDraft draft) {
    try {
      return Future.succeededFuture(rules.validate(draft));
    } catch (InvalidQuestion e) {
      return Future.failedFuture(e);
    }
  }
}
