package org.xuefa.question;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;
import org.xuefa.web.Params;

/** The trainer's 题库 page: the filtered, paged list with keys, sources and statistics, and the review actions. */
public final class QuestionPages {

  static final String LIST = "/trainer/questions";
  static final String TEMPLATE = "question/list";
  static final int PAGE = 20;
  private static final Map<String, String> DONE = Map.of(
      "saved", "已保存", "cleared", "已复核通过，重新启用", "retired", "已停用");

  private final QuestionServices questions;
  private final Pages pages;

  public QuestionPages(QuestionServices questions, Pages pages) {
    this.questions = questions;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get(LIST).handler(Auth.role(Role.TRAINER)).handler(this::list);
    router.post(LIST + "/:id/clear").handler(Auth.role(Role.TRAINER)).handler(this::clear);
    router.post(LIST + "/:id/retire").handler(Auth.role(Role.TRAINER)).handler(this::retire);
  }

  private void list(RoutingContext ctx) {
    QuestionFilter filter = QuestionApi.filter(ctx);
    int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
    QuestionRepository repository = questions.repository();
    Future.all(questions.service().list(filter, PAGE, offset), repository.tags(),
            repository.countByStatus(Question.REVIEW))
        .onSuccess(all -> {
          QuestionService.Listing listing = all.resultAt(0);
          List<String> tags = all.resultAt(1);
          long reviewCount = all.resultAt(2);
          pages.send(ctx, TEMPLATE, "题库", model(ctx, filter, offset, listing, tags, reviewCount));
        })
        .onFailure(ctx::fail);
  }

  private Map<String, Object> model(RoutingContext ctx, QuestionFilter filter, int offset,
      QuestionService.Listing listing, List<String> tags, long reviewCount) {
    Map<String, Object> m = new HashMap<>(QuestionViews.filters(filter, tags, reviewCount));
    String here = QuestionViews.listUrl(filter, offset);
    m.put("questions", listing.items().stream()
        .map(s -> QuestionViews.card(s, listing.stats().get(s.question().id()), here)).toList());
    m.put("total", listing.total());
    m.put("reviewCount", reviewCount);
    m.put("hasReview", reviewCount > 0);
    m.put("reviewQueue", Question.REVIEW.equals(filter.status()));
    m.put("from", listing.total() == 0 ? 0 : offset + 1);
    m.put("to", Math.min(listing.total(), offset + PAGE));
    if (offset > 0) {
      m.put("prev", QuestionViews.listUrl(filter, Math.max(0, offset - PAGE)));
    }
    if (offset + PAGE < listing.total()) {
      m.put("next", QuestionViews.listUrl(filter, offset + PAGE));
    }
    String done = DONE.get(Params.text(ctx, "done", 20));
    if (done != null) {
      m.put("notice", done + "：" + Params.text(ctx, "id", 40));
    }
    return m;
  }

  private void clear(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    questions.service().clear(id, Auth.require(ctx, Role.TRAINER))
        .onSuccess(q -> redirectBack(ctx, "cleared", id)).onFailure(ctx::fail);
  }

  private void retire(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    questions.service().retire(id, Auth.require(ctx, Role.TRAINER))
        .onSuccess(q -> redirectBack(ctx, "retired", id)).onFailure(ctx::fail);
  }

  /** Back to the list the trainer came from (only ever a 题库 address), with what was done. */
  static void redirectBack(RoutingContext ctx, String done, String id) {
    String back = Params.localPath(ctx.request().getFormAttribute("back"));
    if (!back.startsWith(LIST)) {
      back = LIST;
    }
    back = back.replaceAll("[?&](done|id)=[^&]*", "");
    String target = back + (back.contains("?") ? "&" : "?") + "done=" + done + "&id=" + QuestionViews.encode(id);
    ctx.response().setStatusCode(303).putHeader("Location", target).end();
  }
}
