package org.xuefa.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the work for one key one at a time on this node, in the order asked, each on its caller's
 * context. For read-change-write cycles guarded by a version: racing on one node, every racer but one
 * would read, lose and read again; queued, each reads the last one's write. Races between nodes are
 * still settled by the version.
 */
public final class PerKey {

  private final Map<String, Future<?>> tails = new HashMap<>();

  public <T> Future<T> run(String key, Supplier<Future<T>> work) {
    Context context = Vertx.currentContext();
    Promise<T> result = Promise.promise();
    Future<T> mine = result.future();
    Future<?> before;
    synchronized (tails) {
      before = tails.get(key);
      tails.put(key, mine);
    }
    Runnable go = () -> {
      Future<T> done;
      try {
        done = work.get();
      } catch (RuntimeException e) {
        done = Future.failedFuture(e);
      }
      done.onComplete(ar -> {
        synchronized (tails) {
          tails.remove(key, mine);
        }
        Deliver.on(context, () -> result.handle(ar));
      });
    };
    if (before == null) {
      go.run();
    } else {
      before.onComplete(ar -> Deliver.on(context, go));
    }
    return mine;
  }
}
