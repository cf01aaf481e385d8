package org.xuefa.law;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Params;
import org.xuefa.web.Respond;

/** The open statute API: the list of laws, a law's outline, one article in the contract's shape. */
public final class LawApi {

  private final LawRepository laws;

  public LawApi(LawRepository laws) {
    this.laws = laws;
  }

  public void mount(Router router) {
    router.get("/api/laws").handler(this::list);
    router.get("/api/laws/:slug").handler(this::outline);
    router.get("/api/laws/:slug/articles/:n").handler(this::article);
  }

  private void list(RoutingContext ctx) {
    Respond.json(ctx, laws.list().map(all -> new JsonArray(all.stream().map(LawSummary::toJson).toList())));
  }

  private void outline(RoutingContext ctx) {
    Respond.json(ctx, law(ctx.pathParam("slug")).map(law -> new JsonObject()
        .put("slug", law.slug())
        .put("title", law.title())
        .put("articleCount", law.articleCount())
        .put("notes", new JsonArray(law.notes()))
        .put("preamble", new JsonArray(law.preamble()))
        .put("headings", LawDocuments.headingsJson(law.headings()))
        .put("importedAt", Instant.ofEpochMilli(law.importedAt()).toString())));
  }

  /** {@code n} is Arabic per the contract; the label form (第一千零四十二条) is read as well. */
  private void article(RoutingContext ctx) {
    String slug = ctx.pathParam("slug");
    String asked = ctx.pathParam("n");
    int number = ArticleNumber.parse(asked).map(ArticleNumber::number).orElseThrow(() ->
        HttpFailure.badRequest("条号应为阿拉伯数字（如 1042）或“第一千零四十二条”，收到：" + Params.echo(asked)));
    Respond.json(ctx, law(slug)
        .compose(law -> law.has(number) ? laws.article(slug, number)
            : Future.failedFuture(noSuchArticle(law, number)))
        .map(found -> found.orElseThrow(() -> HttpFailure.notFound("没有这一条：" + slug + " 第 " + number + " 条")))
        .map(found -> new JsonObject()
            .put("law", found.law().title())
            .put("slug", slug)
            .put("number", found.article().number())
            .put("label", found.article().label())
            .put("path", new JsonArray(found.article().path()))
            .put("text", found.article().text())));
  }

  private Future<StoredLaw> law(String slug) {
    if (!LawSlugs.valid(slug)) {
      return Future.failedFuture(HttpFailure.notFound("没有这部法律法规：" + Params.echo(slug)));
    }
    return laws.find(slug).map(found -> found.orElseThrow(() ->
        HttpFailure.notFound(KnownStatutes.notImportedMessage(slug))));
  }

  private static HttpFailure noSuchArticle(StoredLaw law, int number) {
    return HttpFailure.notFound("《" + law.title() + "》共 " + law.articleCount() + " 条，没有第 " + number + " 条");
  }
}
