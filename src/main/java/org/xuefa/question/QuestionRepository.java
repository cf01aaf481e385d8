package org.xuefa.question;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xuefa.store.StoreErrors;
import org.xuefa.web.HttpFailure;

/**
 * The {@code questions} collection ({@code _id} = the question's code, {@link Question#toDocument()}
 * plus who changed it when). Every write bumps the counter {@code meta/questions-version}, which each
 * node's {@link CachedQuestionBank} watches to know when to reload.
 */
public final class QuestionRepository {

  public static final String COLLECTION = "questions";
  static final String META = "meta";
  static final String VERSION_ID = "questions-version";
  static final String SEED_ID = "questions-seed";
  static final String SEED_STARTED = "started";
  static final String SEED_DONE = "done";
  private static final int BULK_CHUNK = 500;

  /** A stored question with who last changed it, when, and who cleared or retired it. */
  public record Stored(Question question, JsonObject audit) {}

  /** One page of a filtered list and the number of all matches. */
  public record Page(long total, List<Stored> items) {}

  private final MongoClient mongo;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public QuestionRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Runs after every acknowledged write of this node (the local cache drops its snapshot at once). */
  public void onWrite(Runnable listener) {
    listeners.add(listener);
  }

  public Future<Optional<Question>> get(String id) {
    return stored(id).map(s -> s.map(Stored::question));
  }

  public Future<Optional<Stored>> stored(String id) {
    return mongo.findOne(COLLECTION, byId(id), null).map(d -> Optional.ofNullable(d).map(QuestionRepository::toStored));
  }

  public Future<List<Question>> byIds(List<String> ids) {
    return mongo.find(COLLECTION, new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(ids))))
        .map(docs -> docs.stream().map(Question::fromDocument).toList());
  }

  /** Every question, sorted by code: the bank is a few thousand questions at most, so scans are fine. */
  public Future<List<Question>> all() {
    FindOptions byCode = new FindOptions().setSort(new JsonObject().put("_id", 1));
    return mongo.findWithOptions(COLLECTION, new JsonObject(), byCode)
        .map(docs -> docs.stream().map(Question::fromDocument).toList());
  }

  /** A page of the questions matching the filter, sorted by code. */
  public Future<Page> list(QuestionFilter filter, int limit, int offset) {
    JsonObject query = new JsonObject();
    if (!filter.tag().isEmpty()) {
      query.put("tags", filter.tag());
    }
    if (filter.type() != null) {
      query.put("type", filter.type().code());
    }
    if (!filter.status().isEmpty()) {
      query.put("status", filter.status());
    }
    return mongo.find(COLLECTION, query).map(docs -> {
      List<Stored> matches = docs.stream().map(QuestionRepository::toStored)
          .filter(s -> filter.matchesText(s.question()))
          .sorted(Comparator.comparing(s -> s.question().id())).toList();
      int from = Math.min(offset, matches.size());
      return new Page(matches.size(), matches.subList(from, Math.min(matches.size(), from + limit)));
    });
  }

  public Future<Long> count() {
    return mongo.count(COLLECTION, new JsonObject());
  }

  public Future<Long> countByStatus(String status) {
    return mongo.count(COLLECTION, new JsonObject().put("status", status));
  }

  /** The tags in use, most used first, for the filter's choices. */
  public Future<List<String>> tags() {
    return all().map(questions -> {
      Map<String, Long> counts = new java.util.HashMap<>();
      questions.forEach(q -> q.tags().forEach(t -> counts.merge(t, 1L, Long::sum)));
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
    });
  }

  /** The counter every write bumps; 0 before the first write. */
  public Future<Long> version() {
    return mongo.findOne(META, byId(VERSION_ID), null).map(d -> d == null ? 0L : d.getLong("value", 0L));
  }

  /** Where loading the shipped seeds got to: "" (never tried), "started" or "done". */
  Future<String> seedState() {
    return mongo.findOne(META, byId(SEED_ID), null).map(d -> d == null ? "" : d.getString("state", ""));
  }

  Future<Void> setSeedState(String state) {
    return mongo.updateCollectionWithOptions(META, byId(SEED_ID), new JsonObject().put("$set",
        new JsonObject().put("state", state)), new UpdateOptions().setUpsert(true)).mapEmpty();
  }

  /** Inserts a new question; a taken code is a 409. */
  public Future<Void> insert(Question q, String by, long now) {
    JsonObject doc = q.toDocument().put("version", 1L).put("createdAt", now).put("createdBy", by)
        .put("updatedAt", now).put("updatedBy", by);
    return mongo.insert(COLLECTION, doc)
        .recover(e -> Future.failedFuture(StoreErrors.isDuplicateKey(e)
            ? HttpFailure.conflict("编号“" + q.id() + "”已存在：请换一个编号，或编辑已有的题目") : e))
        .compose(id -> changed());
  }

  /**
   * Inserts or replaces each question by code, as active, and says how many were new. Not atomic
   * across questions (the store has no transactions), which is why callers validate the whole file first.
   */
  public Future<ImportResult> upsertAll(List<Question> questions, String by, long now) {
    List<String> ids = questions.stream().map(Question::id).toList();
    return existingIds(ids).compose(existing -> {
      List<BulkOperation> ops = new ArrayList<>();
      for (Question q : questions) {
        JsonObject set = fields(q).put("status", Question.ACTIVE).putNull("reviewReason")
            .put("updatedAt", now).put("updatedBy", by);
        JsonObject update = new JsonObject().put("$set", set).put("$inc", new JsonObject().put("version", 1))
            .put("$setOnInsert", new JsonObject().put("createdAt", now).put("createdBy", by));
        ops.add(BulkOperation.createUpdate(byId(q.id()), update, true, false));
      }
      Future<Void> chain = Future.succeededFuture();
      for (int i = 0; i < ops.size(); i += BULK_CHUNK) {
        List<BulkOperation> chunk = ops.subList(i, Math.min(ops.size(), i + BULK_CHUNK));
        chain = chain.compose(v -> mongo.bulkWrite(COLLECTION, chunk).mapEmpty());
      }
      int replaced = (int) ids.stream().filter(existing::contains).count();
      return chain.compose(v -> changed())
          .map(v -> new ImportResult(questions.size(), questions.size() - replaced, replaced));
    });
  }

  /**
   * Replaces a question's content (not its status) and bumps its version; with {@code expectedVersion}
   * ≥ 0, only if nobody saved it in between (else 409). Missing: 404.
   */
  public Future<Void> replace(Question q, long expectedVersion, String by, long now) {
    JsonObject filter = byId(q.id());
    if (expectedVersion >= 0) {
      filter.put("version", expectedVersion);
    }
    JsonObject set = fields(q);
    set.remove("status");
    set.remove("reviewReason");
    set.put("updatedAt", now).put("updatedBy", by);
    JsonObject update = new JsonObject().put("$set", set).put("$inc", new JsonObject().put("version", 1));
    return updateExisting(q.id(), filter, update, "题目已被他人修改：请重新打开后再编辑");
  }

  /** Sets the status, with the reason and audit fields given (who cleared it, when it was flagged …). */
  public Future<Void> setStatus(String id, String status, String reason, JsonObject audit) {
    JsonObject set = audit.copy().put("status", status).put("reviewReason", reason);
    return updateExisting(id, byId(id), new JsonObject().put("$set", set), null);
  }

  /** Flags questions for review in one go: code → reason. */
  public Future<Void> flagAll(Map<String, String> reasons, long now) {
    if (reasons.isEmpty()) {
      return Future.succeededFuture();
    }
    List<BulkOperation> ops = new ArrayList<>();
    reasons.forEach((id, reason) -> ops.add(BulkOperation.createUpdate(byId(id), new JsonObject().put("$set",
        new JsonObject().put("status", Question.REVIEW).put("reviewReason", reason).put("flaggedAt", now)))));
    return mongo.bulkWrite(COLLECTION, ops).compose(r -> changed());
  }

  private Future<Void> updateExisting(String id, JsonObject filter, JsonObject update, String conflict) {
    return mongo.updateCollectionWithOptions(COLLECTION, filter, update, new UpdateOptions())
        .compose(r -> {
          if (r.getDocMatched() > 0) {
            return changed();
          }
          return mongo.count(COLLECTION, byId(id)).compose(n -> Future.failedFuture(n == 0 || conflict == null
              ? HttpFailure.notFound("没有编号为“" + id + "”的题目") : HttpFailure.conflict(conflict)));
        });
  }

  private Future<Set<String>> existingIds(List<String> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    FindOptions options = new FindOptions().setFields(new JsonObject().put("_id", 1));
    JsonObject query = new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(ids)));
    return mongo.findWithOptions(COLLECTION, query, options).map(docs -> {
      Set<String> out = new HashSet<>();
      docs.forEach(d -> out.add(d.getString("_id")));
      return out;
    });
  }

  /** Bumps the version counter, then tells this node's listeners. */
  private Future<Void> changed() {
    return mongo.updateCollectionWithOptions(META, byId(VERSION_ID),
            new JsonObject().put("$inc", new JsonObject().put("value", 1)), new UpdateOptions().setUpsert(true))
        .map(r -> {
          listeners.forEach(Runnable::run);
          return null;
        });
  }

  private static JsonObject fields(Question q) {
    JsonObject doc = q.toDocument();
    doc.remove("_id");
    doc.remove("version");
    return doc;
  }

  private static Stored toStored(JsonObject doc) {
    JsonObject audit = new JsonObject();
    for (String key : List.of("createdAt", "createdBy", "updatedAt", "updatedBy", "clearedAt", "clearedBy",
        "retiredAt", "retiredBy", "flaggedAt")) {
      if (doc.containsKey(key)) {
        audit.put(key, doc.getValue(key));
      }
    }
    return new Stored(Question.fromDocument(doc), audit);
  }

  private static JsonObject byId(String id) {
    return new JsonObject().put("_id", id);
  }
}
