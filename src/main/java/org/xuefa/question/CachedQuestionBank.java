package org.xuefa.question;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The bank held in memory per node, so that starting an attempt costs no scan: it asks the store
 * for the questions' version at most once a second and reloads only when that version moved (a write
 * on any node). Writes on this node drop the snapshot's freshness at once.
 */
public final class CachedQuestionBank implements QuestionBank {

  static final long CHECK_INTERVAL_MS = 1000;

  private record Snapshot(long version, List<Question> active, Map<String, Question> byId) {}

  /** A load under way and the invalidation generation it started in. */
  private record Load(long generation, Future<Snapshot> future) {}

  private final QuestionRepository repository;
  private final LongSupplier clock;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicReference<Load> loading = new AtomicReference<>();
  private volatile Snapshot snapshot;
  private volatile long checkedAt;
  private volatile long checkedGeneration = -1;

  public CachedQuestionBank(QuestionRepository repository) {
    this(repository, System::currentTimeMillis);
  }

  CachedQuestionBank(QuestionRepository repository, LongSupplier clock) {
    this.repository = repository;
    this.clock = clock;
    repository.onWrite(this::invalidate);
  }

  @Override
  public Future<List<Question>> active() {
    return current().map(Snapshot::active);
  }

  @Override
  public Future<Map<String, Question>> byIds(Collection<String> ids) {
    return current().map(s -> {
      Map<String, Question> out = new LinkedHashMap<>();
      for (String id : ids) {
        Question q = s.byId().get(id);
        if (q != null) {
          out.put(id, q);
        }
      }
      return out;
    });
  }

  /** Makes the next call check the store's version (called after this node's own writes). */
  public void invalidate() {
    generation.incrementAndGet();
  }

  private Future<Snapshot> current() {
    Snapshot s = snapshot;
    long gen = generation.get();
    if (s != null && checkedGeneration == gen && clock.getAsLong() - checkedAt < CHECK_INTERVAL_MS) {
      return Future.succeededFuture(s);
    }
    Load running = loading.get();
    if (running != null && running.generation() == gen) {
      return running.future();
    }
    Promise<Snapshot> promise = Promise.promise();
    Load load = new Load(gen, promise.future());
    if (!loading.compareAndSet(running, load)) {
      return current();
    }
    long started = clock.getAsLong();
    refresh(s).onComplete(ar -> {
      loading.compareAndSet(load, null);
      if (ar.succeeded()) {
        snapshot = ar.result();
        checkedAt = started;
        checkedGeneration = gen;
      }
      promise.handle(ar);
    });
    return promise.future();
  }

  /** Reads the version first: a snapshot may then hold newer data than its version says, never older. */
  private Future<Snapshot> refresh(Snapshot old) {
    return repository.version().compose(v -> old != null && old.version() == v
        ? Future.succeededFuture(old)
        : repository.all().map(all -> {
          Map<String, Question> byId = new LinkedHashMap<>();
          all.forEach(q -> byId.put(q.id(), q));
          return new Snapshot(v, all.stream().filter(Question::active).toList(), Map.copyOf(byId));
        }));
  }
}
