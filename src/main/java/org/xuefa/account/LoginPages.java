package org.xuefa.account;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;
import org.xuefa.web.Params;

/** The login form and logout button, working without JavaScript. */
public final class LoginPages {

  private final AccountService accounts;
  private final Auth auth;
  private final Pages pages;

  public LoginPages(AccountService accounts, Auth auth, Pages pages) {
    this.accounts = accounts;
    this.auth = auth;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/login").handler(this::form);
    router.post("/login").handler(this::submit);
    router.post("/logout").handler(Auth.role(Role.LEARNER)).handler(this::logout);
  }

  private void form(RoutingContext ctx) {
    if (Auth.user(ctx).isPresent()) {
      ctx.redirect(Params.localPath(ctx.request().getParam("next")));
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("next", Params.localPath(ctx.request().getParam("next")));
    if (ctx.request().getParam("out") != null) {
      model.put("notice", "您已安全退出。");
    }
    pages.send(ctx, "account/login", "登录", model);
  }

  private void submit(RoutingContext ctx) {
    String username = value(ctx, "username", 64);
    String password = value(ctx, "password", NewUser.MAX_PASSWORD);
    String next = Params.localPath(ctx.request().getFormAttribute("next"));
    accounts.login(username, password, Params.clientAddress(ctx), System.currentTimeMillis())
        .onSuccess(s -> {
          auth.setCookie(ctx, s.getKey());
          ctx.response().setStatusCode(303).putHeader("Location", next).end();
        })
        .onFailure(e -> {
          if (e instanceof HttpFailure hf) {
            Map<String, Object> model = new HashMap<>();
            model.put("next", next);
            model.put("username", username);
            model.put("error", hf.getMessage());
            pages.send(ctx, hf.status(), "account/login", "登录", model);
          } else {
            ctx.fail(e);
          }
        });
  }

  private void logout(RoutingContext ctx) {
    accounts.logout(Auth.user(ctx).orElseThrow()).onSuccess(v -> {
      auth.clearCookie(ctx);
      ctx.response().setStatusCode(303).putHeader("Location", "/login?out=1").end();
    }).onFailure(ctx::fail);
  }

  private static String value(RoutingContext ctx, String field, int max) {
    String v = ctx.request().getFormAttribute(field);
    if (v == null || v.isEmpty()) {
      throw HttpFailure.badRequest("请填写" + ("username".equals(field) ? "用户名" : "密码"));
    }
    if (v.length() > max) {
      throw HttpFailure.badRequest("输入过长");
    }
    return v;
  }
}
