package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Optional;

/**
 * Waits until the server process and this load tool are idle: after a round of load the JIT compilers
 * of both go on compiling for seconds (on two cores, one core's worth), and a measurement taken then
 * measures the compilers. Idle means under {@link #IDLE_CORES} of a core between them over one
 * {@link #WINDOW_MS} window; gives up after {@code maxMillis} and says so. Without the server's pid (a
 * remote server) there is nothing to watch.
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
    watch(vertx, pid.get(), cpu(pid.get()), started, maxMillis, done);
    return done.future();
  }

  /** The server's CPU time and this process's, together; -1 when either cannot be read. */
  private static long cpu(long pid) {
    long server = LoadBench.cpuNanos(pid);
    long self = LoadBench.cpuNanos(ProcessHandle.current().pid());
    return server < 0 || self < 0 ? -1 : server + self;
  }

  private static void watch(Vertx vertx, long pid, long cpuBefore, long started, long maxMillis, Promise<Waited> done) {
    vertx.setTimer(WINDOW_MS, t -> {
      long cpu = cpu(pid);
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
