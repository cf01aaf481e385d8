package org.xuefa.web;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Sends a JSON answer once the work's future completes, or hands the failure to {@link Failures}. */
public final class Respond {

  private Respond() {}

  public static void json(RoutingContext ctx, int status, Future<?> work) {
    work.onSuccess(v -> send(ctx, status, v)).onFailure(ctx::fail);
  }

  public static void json(RoutingContext ctx, Future<?> work) {
    json(ctx, 200, work);
  }

  public static void send(RoutingContext ctx, int status, Object value) {
    String body = value instanceof JsonObject o ? o.encode()
        : value instanceof JsonArray a ? a.encode()
        : io.vertx.core.json.Json.encode(value);
    ctx.response().setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(body);
  }
}
