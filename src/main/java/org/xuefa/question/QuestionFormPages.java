package org.xuefa.question;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;

/** The server-rendered 新建 and 编辑 forms (no script needed); a rejected form comes back with its values and why. */
public final class QuestionFormPages {

  static final String TEMPLATE = "question/form";
  private static final int MAX_FIELD = 20_000;

  private final QuestionService service;
  private final Pages pages;

  public QuestionFormPages(QuestionService service, Pages pages) {
    this.service = service;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get(QuestionPages.LIST + "/new").handler(Auth.role(Role.TRAINER)).handler(this::newForm);
    router.post(QuestionPages.LIST).handler(Auth.role(Role.TRAINER)).handler(this::create);
    router.get(QuestionPages.LIST + "/:id/edit").handler(Auth.role(Role.TRAINER)).handler(this::editForm);
    router.post(QuestionPages.LIST + "/:id/edit").handler(Auth.role(Role.TRAINER)).handler(this::edit);
  }

  private void newForm(RoutingContext ctx) {
    QuestionDraft empty = new QuestionDraft("", "单选", "", List.of(), "", "", "", "", "中");
    show(ctx, 200, QuestionViews.form(empty, true, 0), null);
  }

  private void editForm(RoutingContext ctx) {
    service.get(ctx.pathParam("id"))
        .onSuccess(s -> show(ctx, 200, QuestionViews.form(QuestionDraft.of(s.question()), false,
            s.question().version()), null))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    QuestionDraft draft = draft(ctx, field(ctx, "id"));
    service.create(draft, Auth.require(ctx, Role.TRAINER))
        .onSuccess(q -> saved(ctx, q))
        .onFailure(e -> rejected(ctx, e, QuestionViews.form(draft, true, 0)));
  }

  private void edit(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    QuestionDraft draft = draft(ctx, id);
    long version = version(field(ctx, "version"));
    service.edit(id, draft, version, Auth.require(ctx, Role.TRAINER))
        .onSuccess(q -> saved(ctx, q))
        .onFailure(e -> rejected(ctx, e, QuestionViews.form(draft, false, version)));
  }

  private void saved(RoutingContext ctx, Question q) {
    ctx.response().setStatusCode(303)
        .putHeader("Location", QuestionPages.LIST + "?q=" + QuestionViews.encode(q.id()) + "&done=saved&id="
            + QuestionViews.encode(q.id()))
        .end();
  }

  /** A broken rule or an edit conflict shows the form again with what was typed; anything else is an error page. */
  private void rejected(RoutingContext ctx, Throwable e, Map<String, Object> form) {
    if (e instanceof HttpFailure hf && (hf.status() == 400 || hf.status() == 409)) {
      show(ctx, hf.status(), form, hf.getMessage());
    } else {
      ctx.fail(e);
    }
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> form, String error) {
    Map<String, Object> model = new HashMap<>(form);
    if (error != null) {
      model.put("error", error);
    }
    String title = Boolean.TRUE.equals(form.get("isNew")) ? "新建题目" : "编辑题目 " + form.get("id");
    model.put("title", title);
    pages.send(ctx, status, TEMPLATE, title, model);
  }

  private static QuestionDraft draft(RoutingContext ctx, String id) {
    List<String> options = new ArrayList<>();
    for (char k : QuestionDraft.KEYS.toCharArray()) {
      options.add(field(ctx, "option" + k));
    }
    List<String> answer = ctx.request().formAttributes().getAll("answer");
    if (answer.size() > QuestionDraft.KEYS.length()) {
      throw HttpFailure.badRequest("答案选项过多");
    }
    return new QuestionDraft(id, field(ctx, "type"), field(ctx, "stem"), options, String.join("", answer),
        field(ctx, "explanation"), field(ctx, "sources"), field(ctx, "tags"), field(ctx, "difficulty"));
  }

  private static String field(RoutingContext ctx, String name) {
    String v = ctx.request().getFormAttribute(name);
    if (v != null && v.length() > MAX_FIELD) {
      throw HttpFailure.badRequest("字段 " + name + " 过长");
    }
    return v == null ? "" : v;
  }

  private static long version(String v) {
    try {
      return v.isBlank() ? -1 : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
