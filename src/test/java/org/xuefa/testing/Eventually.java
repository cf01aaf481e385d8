package org.xuefa.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a bound instead of sleeping for a guessed time. */
public final class Eventually {

  private Eventually() {}

  public static void within(Duration limit, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what);
      }
    }
    throw new AssertionError("not within " + limit + ": " + what);
  }
}
