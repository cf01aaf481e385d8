package org.xuefa.web;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.xuefa.account.SessionUser;

/** Renders a page inside the common layout (user, menu by role, CSRF token) and sends it. */
public final class Pages {

  private final Templates templates;
  private final Navigation navigation;

  public Pages(Templates templates, Navigation navigation) {
    this.templates = templates;
    this.navigation = navigation;
  }

  public Future<Void> send(RoutingContext ctx, int status, String template, String title, Map<String, Object> model) {
    String body = templates.render(template, withCommon(ctx, model));
    String html = templates.render("layout", layoutModel(ctx, title, body));
    return ctx.response().setStatusCode(status)
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(html);
  }

  public Future<Void> send(RoutingContext ctx, String template, String title, Map<String, Object> model) {
    return send(ctx, 200, template, title, model);
  }

  /**
   * A refusal the person can act on (an {@link HttpFailure}) shows the form page again through
   * {@code again}, with the failure's status and its message as "error"; anything else is a failure.
   */
  public static void refused(RoutingContext ctx, Throwable e, BiConsumer<Integer, Map<String, Object>> again) {
    if (e instanceof HttpFailure hf) {
      again.accept(hf.status(), Map.of("error", hf.getMessage()));
    } else {
      ctx.fail(e);
    }
  }

  /** Every page model gets the CSRF token and the user, so forms and role-specific parts can use them. */
  private Map<String, Object> withCommon(RoutingContext ctx, Map<String, Object> model) {
    Map<String, Object> m = new HashMap<>(model);
    Optional<SessionUser> user = Auth.user(ctx);
    m.put("csrf", user.map(SessionUser::csrfToken).orElse(""));
    user.ifPresent(u -> m.put("me", userModel(u)));
    return m;
  }

  private Map<String, Object> layoutModel(RoutingContext ctx, String title, String body) {
    Map<String, Object> m = new HashMap<>();
    Optional<SessionUser> user = Auth.user(ctx);
    m.put("title", title);
    m.put("body", body);
    m.put("nav", navigation.forRole(user.map(SessionUser::role).orElse(null), ctx.normalizedPath()));
    m.put("csrf", user.map(SessionUser::csrfToken).orElse(""));
    user.ifPresent(u -> m.put("me", userModel(u)));
    return m;
  }

  private static Map<String, Object> userModel(SessionUser u) {
    return Map.of("username", u.username(), "name", u.name(), "role", u.role().code(),
        "roleLabel", u.role().label(), "unit", u.unit());
  }
}
