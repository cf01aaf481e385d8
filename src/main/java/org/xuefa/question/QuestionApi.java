package org.xuefa.question;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.JsonInput;
import org.xuefa.web.Params;
import org.xuefa.web.Respond;

/** The bank's JSON API for trainers (and admins): list, read, create, edit, clear a flag, retire. */
public final class QuestionApi {

  static final String PATH = "/api/questions";
  static final int MAX_LIMIT = 200;

  private final QuestionService service;

  public QuestionApi(QuestionService service) {
    this.service = service;
  }

  public void mount(Router router) {
    router.route(PATH).handler(Auth.role(Role.TRAINER));
    router.route(PATH + "/*").handler(Auth.role(Role.TRAINER));
    router.get(PATH).handler(this::list);
    router.post(PATH).handler(this::create);
    router.get(PATH + "/:id").handler(this::get);
    router.put(PATH + "/:id").handler(this::edit);
    router.post(PATH + "/:id/clear").handler(this::clear);
    router.post(PATH + "/:id/retire").handler(this::retire);
  }

  private void list(RoutingContext ctx) {
    int limit = Params.integer(ctx, "limit", 50, 1, MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    QuestionFilter filter = filter(ctx);
    Respond.json(ctx, service.list(filter, limit, offset).map(l -> QuestionJson.listing(l, limit, offset)));
  }

  private void get(RoutingContext ctx) {
    Respond.json(ctx, service.one(ctx.pathParam("id"))
        .map(l -> QuestionJson.trainer(l.items().get(0), l.stats().get(l.items().get(0).question().id()))));
  }

  private void create(RoutingContext ctx) {
    QuestionDraft draft = QuestionJson.draft(JsonInput.of(ctx));
    Respond.json(ctx, 201, service.create(draft, Auth.require(ctx, Role.TRAINER)).map(QuestionJson::trainer));
  }

  private void edit(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    long expected = in.optionalInteger("version", 1, Integer.MAX_VALUE).map(Integer::longValue).orElse(-1L);
    Respond.json(ctx, service.edit(ctx.pathParam("id"), QuestionJson.draft(in), expected,
        Auth.require(ctx, Role.TRAINER)).map(QuestionJson::trainer));
  }

  private void clear(RoutingContext ctx) {
    Respond.json(ctx, service.clear(ctx.pathParam("id"), Auth.require(ctx, Role.TRAINER)).map(QuestionJson::trainer));
  }

  private void retire(RoutingContext ctx) {
    Respond.json(ctx, service.retire(ctx.pathParam("id"), Auth.require(ctx, Role.TRAINER)).map(QuestionJson::trainer));
  }

  /** The list filters from the query string; an unknown type or status is a 400 naming the allowed values. */
  static QuestionFilter filter(RoutingContext ctx) {
    String typeText = Params.text(ctx, "type", 20);
    QuestionType type = typeText.isEmpty() || typeText.equals("all") ? null : QuestionType.parse(typeText)
        .orElseThrow(() -> HttpFailure.badRequest("参数 type 必须是 single、multiple 或 judge（单选、多选、判断）"));
    String status = QuestionFilter.status(Params.text(ctx, "status", 20))
        .orElseThrow(() -> HttpFailure.badRequest("参数 status 必须是 active、review 或 retired"));
    return new QuestionFilter(Params.text(ctx, "tag", 40), type, status, Params.text(ctx, "q", 100));
  }
}
