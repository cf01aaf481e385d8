package org.xuefa.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;

/** The one door for blocking work (hashing, parsing, Lucene writes): a named pool, tasks run in parallel. */
public final class Blocking {

  private final WorkerExecutor pool;

  public Blocking(Vertx vertx, int size) {
    this.pool = vertx.createSharedWorkerExecutor("xuefa-blocking", size);
  }

  public <T> Future<T> run(Callable<T> task) {
    return pool.executeBlocking(task, false);
  }

  public Future<Void> close() {
    return pool.close();
  }
}
