package org.xuefa.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.xuefa.web.Auth;
import org.xuefa.web.JsonInput;
import org.xuefa.web.Params;
import org.xuefa.web.Respond;

/** The account API: sessions (login, logout, who am I), users and units. */
public final class AccountApi {

  private final AccountService accounts;
  private final Auth auth;

  public AccountApi(AccountService accounts, Auth auth) {
    this.accounts = accounts;
    this.auth = auth;
  }

  public void mount(Router router) {
    router.post("/api/session").handler(this::login);
    router.get("/api/session").handler(Auth.role(Role.LEARNER)).handler(this::whoAmI);
    router.delete("/api/session").handler(Auth.role(Role.LEARNER)).handler(this::logout);
    router.post("/api/users").handler(Auth.role(Role.ADMIN)).handler(this::createUser);
    router.get("/api/users").handler(Auth.role(Role.ADMIN)).handler(this::listUsers);
    router.get("/api/units").handler(Auth.role(Role.LEARNER)).handler(this::listUnits);
  }

  private void login(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    String username = in.string("username", 64);
    String password = in.string("password", NewUser.MAX_PASSWORD);
    Respond.json(ctx, accounts.login(username, password, Params.clientAddress(ctx), System.currentTimeMillis()).map(s -> {
      auth.setCookie(ctx, s.getKey());
      return s.getValue().toLoginJson();
    }));
  }

  private void whoAmI(RoutingContext ctx) {
    Respond.send(ctx, 200, Auth.user(ctx).orElseThrow().toLoginJson());
  }

  private void logout(RoutingContext ctx) {
    Respond.json(ctx, accounts.logout(Auth.user(ctx).orElseThrow()).map(v -> {
      auth.clearCookie(ctx);
      return new JsonObject().put("loggedOut", true);
    }));
  }

  private void createUser(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    NewUser user = new NewUser(in.string("username", 64), in.optionalString("name", 40).orElse(""),
        NewUser.role(in.string("role", 20)), in.string("unit", 60), in.string("password", NewUser.MAX_PASSWORD),
        false);
    Respond.json(ctx, 201, accounts.create(user, System.currentTimeMillis())
        .map(u -> new JsonObject().put("username", u.username())));
  }

  private void listUsers(RoutingContext ctx) {
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    Respond.json(ctx, accounts.list(limit, offset)
        .map(list -> new JsonObject().put("users", new JsonArray(list.stream().map(User::toJson).toList()))));
  }

  private void listUnits(RoutingContext ctx) {
    Respond.json(ctx, accounts.units().map(list -> new JsonArray(list.stream().map(Unit::toJson).toList())));
  }
}
