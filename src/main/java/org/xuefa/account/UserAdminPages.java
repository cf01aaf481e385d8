package org.xuefa.account;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.web.Auth;
import org.xuefa.web.Blocking;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;
import org.xuefa.web.Uploads;

/** The admin's account page: list, create, disable/enable, reset a password, import a CSV. */
public final class UserAdminPages {

  static final String PATH = "/admin/users";
  private static final Uploads.Limits CSV_FILE = new Uploads.Limits("请选择要导入的 CSV 文件", 1, 5L * 1024 * 1024,
      List.of());

  private final AccountService accounts;
  private final Pages pages;
  private final Blocking blocking;

  public UserAdminPages(AccountService accounts, Pages pages, Blocking blocking) {
    this.accounts = accounts;
    this.pages = pages;
    this.blocking = blocking;
  }

  public void mount(Router router) {
    router.get(PATH).handler(Auth.role(Role.ADMIN)).handler(ctx -> show(ctx, 200, Map.of()));
    router.post(PATH).handler(Auth.role(Role.ADMIN)).handler(this::create);
    router.get(PATH + "/template.csv").handler(Auth.role(Role.ADMIN)).handler(this::template);
    router.post(PATH + "/import").handler(Auth.role(Role.ADMIN)).handler(this::importCsv);
    router.post(PATH + "/:username/disable").handler(Auth.role(Role.ADMIN)).handler(ctx -> setDisabled(ctx, true));
    router.post(PATH + "/:username/enable").handler(Auth.role(Role.ADMIN)).handler(ctx -> setDisabled(ctx, false));
    router.post(PATH + "/:username/reset").handler(Auth.role(Role.ADMIN)).handler(this::reset);
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    Future.all(accounts.list(1000, 0), accounts.units()).onSuccess(all -> {
      Map<String, Object> model = new HashMap<>(extra);
      List<User> users = all.resultAt(0);
      model.put("users", users.stream().map(this::row).toList());
      model.put("units", ((List<Unit>) all.resultAt(1)).stream().map(Unit::name).toList());
      model.put("count", users.size());
      model.put("hasIssued", extra.get("issued") instanceof List<?> l && !l.isEmpty());
      pages.send(ctx, status, "account/users", "账号管理", model);
    }).onFailure(ctx::fail);
  }

  private Map<String, Object> row(User u) {
    Map<String, Object> m = new HashMap<>();
    m.put("username", u.username());
    m.put("name", u.name());
    m.put("roleLabel", u.role().label());
    m.put("unit", u.unit());
    m.put("disabled", u.disabled());
    m.put("sample", u.sample());
    m.put("self", AccountService.ADMIN.equals(u.username()));
    return m;
  }

  private void create(RoutingContext ctx) {
    String password = form(ctx, "password");
    boolean generated = password.isEmpty();
    String actual = generated ? Tokens.readablePassword() : password;
    try {
      NewUser nu = new NewUser(form(ctx, "username"), form(ctx, "name"), NewUser.role(form(ctx, "role")),
          form(ctx, "unit"), actual, false);
      accounts.create(nu, System.currentTimeMillis())
          .onSuccess(u -> show(ctx, 200, generated
              ? Map.of("notice", "已创建账号 " + u.username(), "issued", List.of(Map.of("username", u.username(), "password", actual)))
              : Map.of("notice", "已创建账号 " + u.username())))
          .onFailure(e -> formError(ctx, e));
    } catch (HttpFailure e) {
      formError(ctx, e);
    }
  }

  private void setDisabled(RoutingContext ctx, boolean disabled) {
    String username = ctx.pathParam("username");
    if (AccountService.ADMIN.equals(username) && disabled) {
      formError(ctx, HttpFailure.badRequest("不能停用内置管理员账号"));
      return;
    }
    accounts.setDisabled(username, disabled)
        .onSuccess(v -> show(ctx, 200, Map.of("notice", (disabled ? "已停用 " : "已启用 ") + username)))
        .onFailure(e -> formError(ctx, e));
  }

  private void reset(RoutingContext ctx) {
    String username = ctx.pathParam("username");
    accounts.resetPassword(username)
        .onSuccess(pw -> show(ctx, 200, Map.of("notice", "已重置 " + username + " 的密码，请转交新密码",
            "issued", List.of(Map.of("username", username, "password", pw)))))
        .onFailure(e -> formError(ctx, e));
  }

  private void importCsv(RoutingContext ctx) {
    Uploads.readOne(ctx, CSV_FILE)
        .compose(file -> blocking.run(() -> UserCsvImport.parse(file.bytes())))
        .compose(rows -> accounts.importUsers(rows, System.currentTimeMillis()))
        .onSuccess(rows -> show(ctx, 200, Map.of(
            "notice", "已导入 " + rows.size() + " 个账号",
            "issued", rows.stream().filter(UserCsvImport.Row::generated)
                .map(r -> Map.of("username", r.user().username(), "password", r.user().password())).toList())))
        .onFailure(e -> formError(ctx, e));
  }

  private void template(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename*=UTF-8''users-template.csv")
        .end(Buffer.buffer(UserCsvImport.TEMPLATE));
  }

  private void formError(RoutingContext ctx, Throwable e) {
    if (e instanceof ImportRejected ir) {
      show(ctx, 400, Map.of("error", "文件未导入：发现 " + ir.errors().size() + " 处错误，请改正后重新上传（全部或全不导入）",
          "rowErrors", ir.errors().stream().map(Object::toString).toList()));
    } else {
      Pages.refused(ctx, e, (status, error) -> show(ctx, status, error));
    }
  }

  private static String form(RoutingContext ctx, String field) {
    String v = ctx.request().getFormAttribute(field);
    return v == null ? "" : v.strip();
  }
}
