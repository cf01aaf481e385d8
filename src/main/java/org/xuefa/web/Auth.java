package org.xuefa.web;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.account.Sessions;

/** Who is asking: loads the session named by the cookie, and the guards routes put in front of them. */
public final class Auth {

  public static final String COOKIE = "xuefa_session";
  private static final String KEY = "xuefa.user";

  private final Sessions sessions;
  private final boolean secureCookies;

  public Auth(Sessions sessions, boolean secureCookies) {
    this.sessions = sessions;
    this.secureCookies = secureCookies;
  }

  public static Optional<SessionUser> user(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(KEY));
  }

  /** The logged-in person with at least the role, or a 401/403 failure. */
  public static SessionUser require(RoutingContext ctx, Role least) {
    SessionUser u = user(ctx).orElseThrow(HttpFailure::unauthorized);
    if (!u.has(least)) {
      throw HttpFailure.forbidden("此功能需要“" + least.label() + "”权限");
    }
    return u;
  }

  /** A route guard: lets the request through only for the role (or a higher one). */
  public static Handler<RoutingContext> role(Role least) {
    return ctx -> {
      Optional<SessionUser> u = user(ctx);
      if (u.isEmpty() && Failures.wantsHtml(ctx)) {
        ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.request().uri(), java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      require(ctx, least);
      ctx.next();
    };
  }

  /** Reads the session cookie, if any, and remembers the user on the request. */
  public Handler<RoutingContext> loader() {
    return ctx -> {
      Cookie c = ctx.request().getCookie(COOKIE);
      if (c == null || c.getValue().isBlank() || c.getValue().length() > 100) {
        ctx.next();
        return;
      }
      sessions.lookup(c.getValue(), System.currentTimeMillis())
          .onSuccess(u -> {
            u.ifPresent(s -> ctx.put(KEY, s));
            ctx.next();
          })
          .onFailure(ctx::fail);
    };
  }

  public void setCookie(RoutingContext ctx, String token) {
    ctx.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
        .setSameSite(CookieSameSite.LAX).setSecure(secureCookies)
        .setMaxAge(Sessions.LIFETIME.toSeconds()));
  }

  public void clearCookie(RoutingContext ctx) {
    ctx.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true)
        .setSameSite(CookieSameSite.LAX).setSecure(secureCookies).setMaxAge(0));
  }
}
