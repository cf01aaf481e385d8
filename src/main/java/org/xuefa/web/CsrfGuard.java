package org.xuefa.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import org.xuefa.account.SessionUser;
import org.xuefa.account.Tokens;

/**
 * Refuses state-changing requests made with a session unless they carry the session's CSRF token
 * (header X-CSRF-Token for JSON, field _csrf for forms). The token lives as long as the session, so
 * several tabs, the back button and a repeated submit all keep working.
 */
public final class CsrfGuard implements Handler<RoutingContext> {

  public static final String HEADER = "X-CSRF-Token";
  public static final String FIELD = "_csrf";
  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  @Override
  public void handle(RoutingContext ctx) {
    Optional<SessionUser> user = Auth.user(ctx);
    if (SAFE.contains(ctx.request().method()) || user.isEmpty()) {
      ctx.next();
      return;
    }
    String sent = ctx.request().getHeader(HEADER);
    if (sent == null) {
      sent = ctx.request().getFormAttribute(FIELD);
    }
    if (!Tokens.constantTimeEquals(sent, user.get().csrfToken())) {
      ctx.fail(HttpFailure.forbidden("缺少或无效的 CSRF 令牌：请刷新页面后重试"));
      return;
    }
    ctx.next();
  }
}
