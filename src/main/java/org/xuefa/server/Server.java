package org.xuefa.server;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.config.Config;
import org.xuefa.demo.DemoData;
import org.xuefa.store.Store;

/** A running Xuefa node: store connected, first-start data in place, HTTP listeners deployed. */
public final class Server {

  private static final Logger log = LoggerFactory.getLogger(Server.class);
  private static final long SWEEP_PERIOD_MS = 10 * 60 * 1000;

  private final Vertx vertx;
  private final Services services;
  private final int port;
  private final java.util.List<String> routes;

  private Server(Vertx vertx, Services services, int port, java.util.List<String> routes) {
    this.vertx = vertx;
    this.services = services;
    this.port = port;
    this.routes = routes;
  }

  /** Starts a node; {@code out} receives the one-time admin password, demo logins and the listening line. */
  public static Future<Server> start(Config config, boolean demo, PrintStream out) {
    Vertx vertx = Vertx.vertx();
    return Store.connect(vertx, config)
        .compose(store -> store.ping().map(store).recover(e -> {
          store.close();
          return Future.failedFuture(
              new IllegalStateException("cannot reach the store (" + store.kind() + "): " + e.getMessage(), e));
        }))
        // Services read the report, the topics and the question seeds from the classpath (a jar walk
        // takes seconds on a cold start): build them on a worker, not on the event loop.
        .compose(store -> vertx.executeBlocking(() -> Services.create(vertx, config, store), false))
        .compose(services -> FirstStart.run(services, out)
            .compose(v -> services.exams().prepare())
            .compose(v -> recountIfAlone(services))
            .compose(v -> demo ? DemoData.load(services, out) : Future.succeededFuture())
            .compose(v -> services.search().rebuild())
            .compose(v -> deploy(vertx, services))
            .map(first -> {
              int port = first.actualPort();
              services.store().startMonitor();
              services.search().watch(vertx);
              services.exams().sweeper().start(vertx);
              vertx.setPeriodic(SWEEP_PERIOD_MS, id -> services.sessions().sweep(System.currentTimeMillis())
                  .onFailure(e -> log.warn("session sweep failed: {}", e.getMessage())));
              out.println("listening on http://" + config.httpHost() + ":" + port);
              out.flush();
              return new Server(vertx, services, port, first.routeTable());
            }))
        .recover(e -> {
          // Fail first: once Vert.x is closed, callbacks on its futures are no longer delivered.
          Future<Server> failed = Future.failedFuture(e);
          vertx.close();
          return failed;
        });
  }

  /**
   * Over its own embedded store a node is the only writer until it listens, so it can rebuild the
   * completion counters that a kill -9 between a record's change and its counter's left one short.
   */
  private static Future<Void> recountIfAlone(Services services) {
    if (!"embedded".equals(services.store().kind())) {
      return Future.succeededFuture();
    }
    return services.exams().recountCompletion().map(changed -> {
      if (changed > 0) {
        log.warn("completion counters of {} exam/unit pairs were behind the people's records (an unclean stop?): rebuilt",
            changed);
      }
      return null;
    });
  }

  /**
   * One listener per core on the same port. Port 0 becomes -1: Vert.x then binds one random port
   * and shares it among the instances, where 0 would give each instance a port of its own.
   */
  private static Future<HttpServerVerticle> deploy(Vertx vertx, Services services) {
    int instances = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    int configured = services.config().httpPort();
    int port = configured == 0 ? -1 : configured;
    java.util.List<HttpServerVerticle> deployed = new java.util.concurrent.CopyOnWriteArrayList<>();
    return vertx.deployVerticle(() -> {
      HttpServerVerticle v = new HttpServerVerticle(services, port);
      deployed.add(v);
      return v;
    }, new DeploymentOptions().setInstances(instances)).map(id -> deployed.get(0));
  }

  /** Every "METHOD path" the node answers. */
  public java.util.List<String> routes() {
    return routes;
  }

  public int port() {
    return port;
  }

  public Services services() {
    return services;
  }

  /**
   * Stops the node from a thread outside Vert.x. Not a future chain: a callback chained to
   * {@code vertx.close()} would be delivered to an event loop that no longer runs.
   */
  public void stop() {
    try {
      services.store().close().await();
    } finally {
      services.search().close();
      vertx.close().await();
    }
  }
}
