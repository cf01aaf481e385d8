package org.xuefa.bench;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.xuefa.cli.CommandFailed;

/**
 * A whole load run from a plain thread: starts a server in a child JVM unless a URL is given, watches
 * its memory, runs the {@link LoadScenario} on a fresh Vert.x instance of the tool's own, and stops
 * what it started.
 */
public final class LoadBench {

  private LoadBench() {}

  public static LoadResult run(LoadOptions options) {
    if (options.url().isPresent()) {
      String url = options.url().get();
      String password = options.adminPassword().orElseThrow(() ->
          new CommandFailed("--admin-password (or XUEFA_ADMIN_PASSWORD) is needed to create candidates on " + url));
      return watched(options, url, password, options.serverPid(), url);
    }
    String password = options.adminPassword().orElse("bench-admin-" + UUID.randomUUID());
    try (LocalServer server = LocalServer.start(options.serverJvmOptions(), password)) {
      return watched(options, server.url(), password, Optional.of(server.pid()), server.describe());
    }
  }

  private static LoadResult watched(LoadOptions options, String url, String password, Optional<Long> pid, String target) {
    Optional<RssSampler> rss = pid.flatMap(RssSampler::start);
    try {
      LoadResult r = scenario(options, url, password, pid);
      rss.ifPresent(RssSampler::close);
      return r.withServer(target, rss.map(RssSampler::maxBytes));
    } finally {
      rss.ifPresent(RssSampler::close);
    }
  }

  /** Runs the scenario on one context of a Vert.x instance of the tool's own and waits for it. */
  public static LoadResult scenario(LoadOptions options, String url, String adminPassword, Optional<Long> serverPid) {
    // one event loop: the tool shares two cores with the server, and one thread carries its load
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    try {
      Context context = vertx.getOrCreateContext();
      Promise<LoadResult> result = Promise.promise();
      context.runOnContext(v -> new LoadScenario(vertx, options, url, adminPassword, serverPid).run().onComplete(result));
      return result.future().await();
    } catch (IllegalStateException e) {
      throw new CommandFailed(e.getMessage());
    } finally {
      vertx.close().await();
    }
  }

  /** Total CPU time of a process so far, or -1 where the system does not say. */
  static long cpuNanos(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
  }

  static Optional<Long> cpuSince(long pid, long before) {
    long now = cpuNanos(pid);
    return before < 0 || now < 0 ? Optional.empty() : Optional.of(now - before);
  }
}
