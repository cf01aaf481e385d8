package org.xuefa.question;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.BulkWriteOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each question fares, for trainers: counters per question in {@code question_stats} ({@code _id}
 * = question code) — attempts, correct, wrong and how often each option was chosen — kept with
 * {@code $inc} so concurrent gradings on several nodes add up without reading first.
 *
 * <p>Counts are added up in memory while one write is in flight and go as one bulk of {@code $inc}
 * per question in the next: 500 papers of 100 questions closing together cost a few bulk writes of at
 * most one update per question, not 50,000 updates. Counts of a failed write wait for the next one.
 *
 * <p>How often each option was chosen is counted in flat fields ({@code choice_A}): the embedded store
 * compiles regular expressions for every dotted path of an update. Counters written before that, in a
 * {@code choices} subdocument, are added to them when read.
 */
public final class QuestionStats {

  public static final String COLLECTION = "question_stats";
  private static final String CHOICE = "choice_";

  /** The counters of one question. */
  public record Counts(long attempts, long correct, long wrong, Map<String, Long> choices) {
    public static final Counts NONE = new Counts(0, 0, 0, Map.of());

    /** Percentage answered correctly, rounded; 0 when nobody answered yet. */
    public int correctRate() {
      return attempts == 0 ? 0 : (int) Math.round(100.0 * correct / attempts);
    }

    public JsonObject toJson() {
      return new JsonObject().put("attempts", attempts).put("correct", correct).put("wrong", wrong)
          .put("correctRate", correctRate()).put("choices", new JsonObject(new HashMap<>(choices)));
    }
  }

  /** One graded answer, with the choice in the bank's own option letters. */
  public record Answer(String questionId, boolean correct, List<String> choice) {}

  /** Counts not yet written, per question. */
  private static final class Tally {
    long attempts;
    long correct;
    final Map<String, Long> choices = new TreeMap<>();

    void add(boolean right, List<String> choice) {
      attempts++;
      if (right) {
        correct++;
      }
      for (String key : new LinkedHashSet<>(choice == null ? List.<String>of() : choice)) {
        // only single letters: a choice can never name another field of the document
        if (key != null && key.length() == 1 && key.charAt(0) >= 'A' && key.charAt(0) <= 'Z') {
          choices.merge(key, 1L, Long::sum);
        }
      }
    }

    void add(Tally other) {
      attempts += other.attempts;
      correct += other.correct;
      other.choices.forEach((k, v) -> choices.merge(k, v, Long::sum));
    }

    JsonObject inc() {
      JsonObject inc = new JsonObject().put("attempts", attempts).put("correct", correct)
          .put("wrong", attempts - correct);
      choices.forEach((k, v) -> inc.put(CHOICE + k, v));
      return new JsonObject().put("$inc", inc);
    }
  }

  /**
   * How long counts wait for more to join them before they are written: a burst of closings (every
   * candidate of a county submitting at once) then costs a few writes of one update per question
   * rather than one update per question every few papers.
   */
  static final long LINGER_MS = 200;

  private final MongoClient mongo;
  private Map<String, Tally> pending = new LinkedHashMap<>();
  private List<Promise<Void>> waiting = new ArrayList<>();
  /** Callers waiting for the write in flight (counted before they asked), besides its own. */
  private List<Promise<Void>> afterFlight = new ArrayList<>();
  private boolean flushing;
  private boolean scheduled;
  private boolean now;

  public QuestionStats(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Counts one graded answer. */
  public Future<Void> record(String questionId, boolean correct, List<String> choice) {
    return recordAll(List.of(new Answer(questionId, correct, choice)));
  }

  /**
   * Counts a paper's graded answers (the exam calls this when it grades); done once they are written,
   * which is up to {@link #LINGER_MS} later when called on a Vert.x context (at once elsewhere).
   */
  public Future<Void> recordAll(List<Answer> answers) {
    Promise<Void> done = Promise.promise();
    Context context = Vertx.currentContext();
    boolean start;
    synchronized (this) {
      for (Answer a : answers) {
        pending.computeIfAbsent(a.questionId(), k -> new Tally()).add(a.correct(), a.choice());
      }
      waiting.add(done);
      start = !flushing && !scheduled;
      if (start && context != null) {
        scheduled = true;
      }
    }
    if (start) {
      if (context == null) {
        flushNow();
      } else {
        context.owner().setTimer(LINGER_MS, t -> flushNow());
      }
    }
    return done.future();
  }

  /** Done once every count recorded before the call is written: a reader sees its own node's counts. */
  public Future<Void> settled() {
    Promise<Void> done = Promise.promise();
    boolean start = false;
    synchronized (this) {
      if (!pending.isEmpty()) {
        waiting.add(done);
        start = !flushing;
        now = flushing; // a write is in flight: the next one goes as soon as it is done
      } else if (flushing) {
        afterFlight.add(done);
      } else {
        return Future.succeededFuture();
      }
    }
    if (start) {
      flushNow();
    }
    return done.future();
  }

  private void flushNow() {
    synchronized (this) {
      scheduled = false;
      if (flushing) {
        return;
      }
      flushing = true;
    }
    flush();
  }

  /** Called with {@code flushing} set. */
  private void flush() {
    Map<String, Tally> batch;
    List<Promise<Void>> promises;
    synchronized (this) {
      if (pending.isEmpty()) {
        flushing = false;
        return;
      }
      batch = pending;
      promises = waiting;
      pending = new LinkedHashMap<>();
      waiting = new ArrayList<>();
      now = false;
    }
    List<BulkOperation> ops = new ArrayList<>(batch.size());
    batch.forEach((id, tally) -> ops.add(BulkOperation.createUpdate(new JsonObject().put("_id", id), tally.inc(),
        true, false)));
    mongo.bulkWriteWithOptions(COLLECTION, ops, new BulkWriteOptions(false)).onComplete(ar -> {
      List<Promise<Void>> after;
      boolean again;
      boolean linger;
      synchronized (this) {
        after = afterFlight;
        afterFlight = new ArrayList<>();
        if (ar.failed()) {
          // kept for the next write rather than retried at once against a store that is away
          batch.forEach((id, tally) -> pending.computeIfAbsent(id, k -> new Tally()).add(tally));
        }
        again = ar.succeeded() && !pending.isEmpty() && (now || Vertx.currentContext() == null);
        linger = ar.succeeded() && !pending.isEmpty() && !again;
        flushing = again;
        scheduled = linger;
      }
      if (ar.succeeded()) {
        promises.forEach(Promise::tryComplete);
        after.forEach(Promise::tryComplete);
      } else {
        promises.forEach(p -> p.tryFail(ar.cause()));
        after.forEach(p -> p.tryFail(ar.cause()));
      }
      if (again) {
        flush();
      } else if (linger) {
        Vertx.currentContext().owner().setTimer(LINGER_MS, t -> flushNow());
      }
    });
  }

  /** The counters of these questions; questions nobody answered yet are absent. */
  public Future<Map<String, Counts>> forIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return settled().transform(written -> read(ids));
  }

  private Future<Map<String, Counts>> read(Collection<String> ids) {
    JsonObject query = new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(List.copyOf(ids))));
    return mongo.find(COLLECTION, query).map(docs -> {
      Map<String, Counts> out = new HashMap<>();
      for (JsonObject d : docs) {
        Map<String, Long> choices = new TreeMap<>();
        JsonObject nested = d.getJsonObject("choices", new JsonObject());
        nested.fieldNames().forEach(k -> choices.merge(k, nested.getLong(k, 0L), Long::sum));
        d.fieldNames().stream().filter(k -> k.startsWith(CHOICE))
            .forEach(k -> choices.merge(k.substring(CHOICE.length()), d.getLong(k, 0L), Long::sum));
        out.put(d.getString("_id"), new Counts(d.getLong("attempts", 0L), d.getLong("correct", 0L),
            d.getLong("wrong", 0L), choices));
      }
      return out;
    });
  }
}
