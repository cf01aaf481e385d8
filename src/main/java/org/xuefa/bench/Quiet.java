package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Optional;

/**
 * Waits until the server process is idle: after a round of load the JIT compiler goes on compiling
 * for seconds (on two cores, one core's worth), and a measurement taken then measures the compiler.
 * Idle means under {@link #IDLE_CORES} of a core over one {@link #WINDOW_MS} window; gives up after
 * {@code maxMillis} and says so. Without the server's pid (a remote server) there is nothing to watch.
 */
final class Quiet {

  static final double IDLE_CORES = 0.05;
  static final long WINDOW_MS = 500;

  /** How long the wait took, and whether the server did go quiet. */
  record Waited(long millis, boolean quiet) {}

  private Quiet() {}

  static Future<Waited> server(Vertx vertx, Optional<Long> pid, long maxMillis) {
    if (pid.isEmpty()) {
      return Future.succeededFuture(new Waited(0, true));
    }
    Promise<Waited> done = Promise.promise();
    long started = System.nanoTime();
    watch(vertx, pid.get(), LoadBench.cpuNanos(pid.get()), started, maxMillis, done);
    return done.future();
  }

  private static void watch(Vertx vertx, long pid, long cpuBefore, long started, long maxMillis, Promise<Waited> done) {
    vertx.setTimer(WINDOW_MS, t -> {
      long cpu = LoadBench.cpuNanos(pid);
      long waited = (System.nanoTime() - started) / 1_000_000;
      boolean idle = cpuBefore >= 0 && cpu >= 0 && (cpu - cpuBefore) < IDLE_CORES * WINDOW_MS * 1_000_000;
      if (idle || cpu < 0 || waited >= maxMillis) {
        done.complete(new Waited(waited, idle));
      } else {
        watch(vertx, pid, cpu, started, maxMillis, done);
      }
    });
  }
}
