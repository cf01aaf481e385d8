package org.xuefa.law;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;
import org.xuefa.web.Params;
import org.xuefa.web.ReadingRecorder;

/** The statute pages anyone may read: the list, a law's outline, one article per address. */
public final class LawPages {

  static final String LIST = "/laws";

  private final LawRepository laws;
  private final Pages pages;
  private final ReadingRecorder reading;

  public LawPages(LawRepository laws, Pages pages, ReadingRecorder reading) {
    this.laws = laws;
    this.pages = pages;
    this.reading = reading;
  }

  public void mount(Router router) {
    router.get(LIST).handler(this::list);
    router.get(LIST + "/:slug").handler(this::outline);
    router.get(LIST + "/:slug/:n").handler(this::article);
  }

  private void list(RoutingContext ctx) {
    laws.list().onSuccess(all -> {
      Map<String, Object> model = new HashMap<>();
      model.put("laws", LawViews.list(all));
      model.put("count", all.size());
      model.put("hasLaws", !all.isEmpty());
      model.put("canImport", Auth.user(ctx).map(u -> u.has(Role.ADMIN)).orElse(false));
      pages.send(ctx, "law/list", "法律法规", model);
    }).onFailure(ctx::fail);
  }

  private void outline(RoutingContext ctx) {
    String slug = ctx.pathParam("slug");
    if (!LawSlugs.valid(slug)) {
      ctx.next(); // not a slug as imports make them: a plain 404
      return;
    }
    laws.find(slug).onSuccess(law -> {
      if (law.isEmpty()) {
        notImported(ctx, slug);
        return;
      }
      pages.send(ctx, "law/outline", law.get().title(), LawViews.outline(law.get()));
    }).onFailure(ctx::fail);
  }

  private void article(RoutingContext ctx) {
    String slug = ctx.pathParam("slug");
    Optional<ArticleNumber> number = ArticleNumber.parse(ctx.pathParam("n"));
    if (!LawSlugs.valid(slug)) {
      ctx.next();
      return;
    }
    if (number.isPresent() && !number.get().canonical()) {
      ctx.response().setStatusCode(301)
          .putHeader("Location", LawViews.articleHref(slug, number.get().number())).end();
      return;
    }
    laws.find(slug).onSuccess(law -> {
      if (law.isEmpty()) {
        notImported(ctx, slug);
      } else if (number.isEmpty() || !law.get().has(number.get().number())) {
        noSuchArticle(ctx, law.get(), ctx.pathParam("n"));
      } else {
        showArticle(ctx, slug, number.get().number());
      }
    }).onFailure(ctx::fail);
  }

  private void showArticle(RoutingContext ctx, String slug, int number) {
    laws.article(slug, number).onSuccess(found -> {
      if (found.isEmpty()) {
        ctx.next();
        return;
      }
      LawArticle a = found.get();
      record(ctx, slug, number);
      pages.send(ctx, "law/article", a.article().label() + " · " + a.law().title(), LawViews.article(a));
    }).onFailure(ctx::fail);
  }

  private void record(RoutingContext ctx, String slug, int number) {
    Auth.user(ctx).ifPresent(user -> reading.recordQuietly(user, ReadingRecorder.LAW, slug + ":" + number));
  }

  private void notImported(RoutingContext ctx, String slug) {
    if (KnownStatutes.title(slug).isEmpty()) {
      ctx.next();
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("message", KnownStatutes.notImportedMessage(slug));
    model.put("canImport", Auth.user(ctx).map(u -> u.has(Role.ADMIN)).orElse(false));
    pages.send(ctx, 404, "law/missing", "尚未导入", model);
  }

  private void noSuchArticle(RoutingContext ctx, StoredLaw law, String asked) {
    Map<String, Object> model = new HashMap<>();
    model.put("message", "《" + law.title() + "》共 " + law.articleCount() + " 条，没有“" + Params.echo(asked)
        + "”这一条");
    model.put("lawHref", LawViews.lawHref(law.slug()));
    model.put("lawTitle", law.title());
    pages.send(ctx, 404, "law/missing", "没有这一条", model);
  }
}
