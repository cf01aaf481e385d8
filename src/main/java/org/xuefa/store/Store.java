package org.xuefa.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.config.Config;

/**
 * The connection to the document store (embedded or a MongoDB deployment) and whether it answers.
 * Repositories share its client; the monitor lets requests fail fast with 503 while it is gone.
 */
public final class Store {

  private static final Logger log = LoggerFactory.getLogger(Store.class);
  private static final long MONITOR_PERIOD_MS = 1000;

  private final Vertx vertx;
  private final MongoClient mongo;
  private final String kind;
  private final Optional<EmbeddedStore> embedded;
  private final AtomicBoolean available = new AtomicBoolean(true);
  private final AtomicBoolean pinging = new AtomicBoolean(false);
  private long monitorTimer = -1;

  private Store(Vertx vertx, MongoClient mongo, String kind, Optional<EmbeddedStore> embedded) {
    this.vertx = vertx;
    this.mongo = mongo;
    this.kind = kind;
    this.embedded = embedded;
  }

  /** Opens the embedded store when no MONGO_URI is set, then connects the client to whichever it is. */
  public static Future<Store> connect(Vertx vertx, Config config) {
    if (config.mongoUri().isPresent()) {
      String uri = config.mongoUri().get();
      return Future.succeededFuture(new Store(vertx, client(vertx, uri, config), "mongodb", Optional.empty()));
    }
    return vertx.executeBlocking(() -> EmbeddedStore.open(config.dataDir(), "127.0.0.1", 0), false)
        .map(es -> new Store(vertx, client(vertx, es.connectionString(), config), "embedded", Optional.of(es)));
  }

  private static MongoClient client(Vertx vertx, String uri, Config config) {
    JsonObject options = new JsonObject()
        .put("connection_string", StoreUri.withTimeouts(uri, config.storeTimeoutMillis()))
        .put("db_name", StoreUri.databaseName(uri))
        .put("useObjectId", false);
    return MongoClient.create(vertx, options);
  }

  public MongoClient mongo() {
    return mongo;
  }

  /** "embedded" or "mongodb", as /health reports it. */
  public String kind() {
    return kind;
  }

  /** The last known answer of the store; requests that need it fail fast with 503 while this is false. */
  public boolean available() {
    return available.get();
  }

  public Future<Void> ping() {
    return mongo.runCommand("ping", new JsonObject().put("ping", 1))
        .onSuccess(r -> markAvailable(true))
        .onFailure(e -> markAvailable(false))
        .mapEmpty();
  }

  /**
   * A failure seen by a request: the store is asked at once, and only if it does not answer do the next
   * requests fail fast until a ping succeeds. One request's error is not taken for an outage: after the
   * store restarts, a connection left over from before it fails once, and taking that for an outage
   * turned every request away for a second with the store up.
   */
  public void reportFailure(Throwable cause) {
    if (StoreErrors.isUnavailable(cause)) {
      check();
    }
  }

  public void startMonitor() {
    monitorTimer = vertx.setPeriodic(MONITOR_PERIOD_MS, id -> check());
  }

  private void check() {
    if (pinging.compareAndSet(false, true)) {
      ping().onComplete(r -> pinging.set(false));
    }
  }

  private void markAvailable(boolean up) {
    if (available.getAndSet(up) != up) {
      if (up) {
        log.info("store is reachable again");
      } else {
        log.warn("store is unreachable; requests that need it answer 503 until it returns");
      }
    }
  }

  public Future<Void> close() {
    if (monitorTimer >= 0) {
      vertx.cancelTimer(monitorTimer);
    }
    return mongo.close().eventually(() -> {
      embedded.ifPresent(EmbeddedStore::close);
      return Future.succeededFuture();
    });
  }
}
