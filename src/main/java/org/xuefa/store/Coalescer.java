package org.xuefa.store;

import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Handles work items in batches, one batch at a time: the first item goes at once, alone; the items
 * that arrive while a batch is being handled wait and form the next one. Under load every store
 * command then carries many items, and with none in flight nothing waits.
 *
 * @param <T> a work item; the handler answers each item's caller itself and completes its future
 *     (success or failure alike) once the batch is settled, which lets the next batch go
 */
public final class Coalescer<T> {

  private final int maxBatch;
  private final Function<List<T>, Future<?>> handler;
  private final ArrayDeque<T> queue = new ArrayDeque<>();
  private boolean running;

  public Coalescer(int maxBatch, Function<List<T>, Future<?>> handler) {
    this.maxBatch = maxBatch;
    this.handler = handler;
  }

  public void add(T item) {
    boolean start;
    synchronized (this) {
      queue.add(item);
      start = !running;
      running = true;
    }
    if (start) {
      next();
    }
  }

  private void next() {
    List<T> batch = new ArrayList<>();
    synchronized (this) {
      while (!queue.isEmpty() && batch.size() < maxBatch) {
        batch.add(queue.poll());
      }
      if (batch.isEmpty()) {
        running = false;
        return;
      }
    }
    Future<?> settled;
    try {
      settled = handler.apply(batch);
    } catch (RuntimeException e) {
      settled = Future.failedFuture(e);
    }
    settled.onComplete(ar -> next());
  }
}
