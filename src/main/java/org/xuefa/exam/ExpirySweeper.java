package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes attempts whose time is up without anyone asking: every second it reads the due entries of
 * the small {@code open_attempts} collection and closes each through {@link AttemptCloser} — exactly
 * once even when every node sweeps. Entries of attempts closed long ago (a node died mid-follow-up)
 * get their follow-up finished. All state is in the store, so a restart picks up where it stopped.
 */
public final class ExpirySweeper {

  private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);
  static final long PERIOD_MS = 1000;
  private static final int BATCH = 200;
  private static final int PARALLEL = 16;
  /** A closed attempt's follow-up normally takes milliseconds; after this it was abandoned. */
  static final long ABANDONED_MS = 30_000;

  private final AttemptRepository attempts;
  private final AttemptCloser closer;
  private final AtomicBoolean running = new AtomicBoolean(false);
  /** Logged once per run of failures (a store outage would otherwise log every second). */
  private final AtomicBoolean failing = new AtomicBoolean(false);

  ExpirySweeper(AttemptRepository attempts, AttemptCloser closer) {
    this.attempts = attempts;
    this.closer = closer;
  }

  /** Sweeps every second on this Vert.x; answers the timer id. */
  public long start(Vertx vertx) {
    return vertx.setPeriodic(PERIOD_MS, id -> sweepIfIdle(System.currentTimeMillis()));
  }

  private void sweepIfIdle(long now) {
    if (running.compareAndSet(false, true)) {
      sweep(now).onComplete(r -> {
        running.set(false);
        if (r.failed() && !failing.getAndSet(true)) {
          log.warn("expiry sweep failed, retrying every {} ms: {}", PERIOD_MS, r.cause().toString());
        } else if (r.succeeded() && failing.getAndSet(false)) {
          log.info("expiry sweep works again");
        }
      });
    }
  }

  /** One pass; answers how many attempts it closed or finished. */
  public Future<Integer> sweep(long now) {
    return attempts.due(now, BATCH).compose(due -> {
      List<Future<Integer>> lanes = new ArrayList<>();
      for (int lane = 0; lane < PARALLEL; lane++) {
        List<JsonObject> mine = new ArrayList<>();
        for (int i = lane; i < due.size(); i += PARALLEL) {
          mine.add(due.get(i));
        }
        lanes.add(sequentially(mine, now));
      }
      return Future.all(lanes).map(done -> lanes.stream().mapToInt(Future::result).sum());
    });
  }

  private Future<Integer> sequentially(List<JsonObject> entries, long now) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (JsonObject entry : entries) {
      chain = chain.compose(n -> handle(entry.getString("_id"), now)
          .map(handled -> n + (handled ? 1 : 0))
          .recover(e -> {
            log.warn("could not close attempt {}: {}", entry.getString("_id"), e.toString());
            return Future.succeededFuture(n);
          }));
    }
    return chain;
  }

  private Future<Boolean> handle(String attemptId, long now) {
    return attempts.find(attemptId).compose(found -> {
      if (found.isEmpty()) {
        return attempts.closed(attemptId).map(false);
      }
      Attempt a = found.get();
      if (a.inProgress()) {
        if (now < a.closeAt()) {
          // Extra time or grace moved it: wait for the new instant.
          return attempts.open(a.id(), a.closeAt()).map(false);
        }
        return closer.close(a, Attempt.EXPIRED, now, "sweeper").map(true);
      }
      if (a.closedAt() != null && now - a.closedAt() > ABANDONED_MS) {
        return closer.finish(a).map(true);
      }
      return Future.succeededFuture(false);
    });
  }
}
