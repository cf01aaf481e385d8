package org.xuefa.server;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** Headers every answer carries: no inline scripts or framing, no MIME sniffing, no referrer leaks. */
final class SecurityHeaders {

  private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private SecurityHeaders() {}

  static void apply(RoutingContext ctx) {
    MultiMap h = ctx.response().headers();
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "same-origin");
    h.set("X-Frame-Options", "DENY");
    ctx.next();
  }
}
