package org.xuefa.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.function.Function;
import org.xuefa.config.Config;
import org.xuefa.server.Services;
import org.xuefa.store.Store;
import org.xuefa.store.StoreException;
import org.xuefa.web.HttpFailure;

/** Runs one piece of work against the store outside a server, for one-shot commands, and closes everything. */
final class StoreSession {

  private StoreSession() {}

  static <T> T with(Config config, Function<Services, Future<T>> work) {
    Vertx vertx = Vertx.vertx();
    try {
      Store store = Store.connect(vertx, config).await();
      try {
        store.ping().await();
        Services services = Services.create(vertx, config, store);
        try {
          return work.apply(services).await();
        } finally {
          services.search().close();
        }
      } finally {
        store.close().await();
      }
    } catch (StoreException | HttpFailure | CommandFailed e) {
      throw e;
    } catch (Exception e) {
      throw new CommandFailed(Cli.rootMessage(e));
    } finally {
      vertx.close().await();
    }
  }
}
