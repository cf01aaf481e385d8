package org.xuefa.store;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Runs a caller's answer on the caller's own context (its event loop), wherever the result arrived. */
public final class Deliver {

  private Deliver() {}

  /** {@code context}: the caller's, taken when it asked (null outside Vert.x: then here and now). */
  public static void on(Context context, Runnable answer) {
    if (context == null || context == Vertx.currentContext()) {
      answer.run();
    } else {
      context.runOnContext(v -> answer.run());
    }
  }
}
