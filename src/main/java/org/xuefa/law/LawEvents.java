package org.xuefa.law;

import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who wants to hear that a law was imported (the search index, the question bank flagging questions
 * whose cited article changed). A listener's failure is logged and never undoes or fails the import.
 */
public final class LawEvents {

  /** Reacts to one imported law; the import waits for the returned future before it reports done. */
  @FunctionalInterface
  public interface Listener {
    Future<?> lawImported(LawImported event);
  }

  private static final Logger log = LoggerFactory.getLogger(LawEvents.class);

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  public void subscribe(Listener listener) {
    listeners.add(listener);
  }

  /** Tells every listener; completes when all have finished, successfully or not. */
  public Future<Void> publish(LawImported event) {
    List<Future<Void>> calls = listeners.stream().map(l -> call(l, event)).toList();
    return Future.join(calls).<Void>mapEmpty().otherwiseEmpty();
  }

  private static Future<Void> call(Listener listener, LawImported event) {
    Future<?> f;
    try {
      f = listener.lawImported(event);
    } catch (RuntimeException e) {
      f = Future.failedFuture(e);
    }
    return (f == null ? Future.<Void>succeededFuture() : f.<Void>mapEmpty())
        .onFailure(e -> log.warn("a listener failed on the import of {}", event.slug(), e));
  }
}
