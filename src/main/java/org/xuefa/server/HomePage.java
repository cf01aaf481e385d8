package org.xuefa.server;

import io.vertx.ext.web.Router;
import java.util.Map;
import org.xuefa.web.Pages;

/** The start page: what Xuefa offers, and for a logged-in person where to go next. */
final class HomePage {

  private final Pages pages;

  HomePage(Pages pages) {
    this.pages = pages;
  }

  void mount(Router router) {
    router.get("/").handler(ctx -> pages.send(ctx, "home", "学法", Map.of()));
  }
}
