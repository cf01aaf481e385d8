package org.xuefa.server;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.IntSupplier;
import org.xuefa.store.Store;
import org.xuefa.web.Respond;

/** GET /health: pings the store now, so a load balancer sees a node without its store as down. */
final class HealthHandler implements Handler<RoutingContext> {

  private final Store store;
  private final IntSupplier indexDocs;

  HealthHandler(Store store, IntSupplier indexDocs) {
    this.store = store;
    this.indexDocs = indexDocs;
  }

  @Override
  public void handle(RoutingContext ctx) {
    store.ping().onComplete(r -> {
      JsonObject body = new JsonObject()
          .put("status", r.succeeded() ? "UP" : "DOWN")
          .put("store", store.kind())
          .put("indexDocs", indexDocs.getAsInt());
      if (r.failed()) {
        body.put("error", "数据存储无法访问");
      }
      Respond.send(ctx, r.succeeded() ? 200 : 503, body);
    });
  }
}
