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

  private Server(Vertx vertx, Services services, int port) {
    this.vertx = vertx;
    this.services = services;
    this.port = port;
  }

  /** Starts a node; {@code out} receives the one-time admin password, demo logins and the listening line. */
  public static Future<Server> start(Config config, boolean demo, PrintStream out) {
    Vertx vertx = Vertx.vertx();
    return Store.connect(vertx, config)
        .compose(store -> store.ping().map(store).recover(e -> store.close().compose(v -> Future.failedFuture(
            new IllegalStateException("cannot reach the store (" + store.kind() + "): " + e.getMessage(), e)))))
        .map(store -> Services.create(vertx, config, store))
        .compose(services -> FirstStart.run(services, out)
            .compose(v -> demo ? DemoData.load(services, out) : Future.succeededFuture())
            .compose(v -> deploy(vertx, services))
            .map(port -> {
              services.store().startMonitor();
              vertx.setPeriodic(SWEEP_PERIOD_MS, id -> services.sessions().sweep(System.currentTimeMillis())
                  .onFailure(e -> log.warn("session sweep failed: {}", e.getMessage())));
              out.println("listening on http://" + config.httpHost() + ":" + port);
              out.flush();
              return new Server(vertx, services, port);
            }))
        .recover(e -> vertx.close().compose(v -> Future.failedFuture(e)));
  }

  /** The first listener takes the configured port (0: a free one); the others share the port it got. */
  private static Future<Integer> deploy(Vertx vertx, Services services) {
    int instances = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    HttpServerVerticle first = new HttpServerVerticle(services, services.config().httpPort());
    return vertx.deployVerticle(first).compose(id -> {
      int actual = first.actualPort();
      if (instances == 1) {
        return Future.succeededFuture(actual);
      }
      return vertx.deployVerticle(() -> new HttpServerVerticle(services, actual),
          new DeploymentOptions().setInstances(instances - 1)).map(actual);
    });
  }

  public int port() {
    return port;
  }

  public Services services() {
    return services;
  }

  public Future<Void> stop() {
    return services.store().close().eventually(() -> vertx.close());
  }
}
