package org.xuefa.report;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;
import org.xuefa.web.Params;
import org.xuefa.web.ReadingRecorder;
import org.xuefa.web.Respond;

/** The report, readable without login: the page, short paragraph addresses, the JSON structure, mark-as-read. */
public final class ReportRoutes {

  static final String TEMPLATE = "report/show";
  private static final String ADDRESS = "\\d{1,2}-\\d{1,2}(?:-\\d{1,3})?";

  private final Report report;
  private final ReadingRecorder recorder;
  private final Function<SessionUser, Future<Set<String>>> readSections;
  private final Pages pages;
  private final String json;

  /** {@code readSections} answers the section ids a person has read, so the page can mark them. */
  public ReportRoutes(Report report, ReadingRecorder recorder, Function<SessionUser, Future<Set<String>>> readSections,
      Pages pages) {
    this.report = report;
    this.recorder = recorder;
    this.readSections = readSections;
    this.pages = pages;
    this.json = ReportJson.of(report).encode();
  }

  public void mount(Router router) {
    router.get("/report").handler(this::page);
    router.getWithRegex("/report/(" + ADDRESS + ")").handler(this::shortAddress);
    router.get("/api/report").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-cache").end(json));
    router.postWithRegex("/report/sections/(\\d{1,2}-\\d{1,2})/read").handler(Auth.role(Role.LEARNER))
        .handler(this::markRead);
  }

  /** {@code ?p=P-S-K} highlights that paragraph (and counts its section as read); an unknown one is a 404 notice. */
  private void page(RoutingContext ctx) {
    String p = ctx.request().getParam("p");
    Optional<Paragraph> target = report.paragraph(p);
    if (p != null && target.isEmpty()) {
      unknownParagraph(ctx, p);
      return;
    }
    String targetId = target.map(Paragraph::id).orElse(null);
    Optional<SessionUser> user = Auth.user(ctx);
    if (user.isEmpty()) {
      pages.send(ctx, TEMPLATE, report.title(), ReportPage.model(report, targetId, Set.of()));
      return;
    }
    recordSection(user.get(), target)
        .compose(v -> readSections.apply(user.get()))
        .onSuccess(read -> {
          Map<String, Object> model = ReportPage.model(report, targetId, read);
          report.section(ctx.request().getParam("read")).ifPresent(s -> model.put("marked", s.heading()));
          pages.send(ctx, TEMPLATE, report.title(), model);
        })
        .onFailure(ctx::fail);
  }

  private void unknownParagraph(RoutingContext ctx, String p) {
    Map<String, Object> model = ReportPage.model(report, null, Set.of());
    model.put("notice", "没有这个段落地址：" + Params.echo(p) + "。段落地址形如 2-2-1（部分-节-段）。");
    pages.send(ctx, 404, TEMPLATE, "工作报告", model);
  }

  /** Opening a paragraph's address counts its section as read. */
  private Future<Void> recordSection(SessionUser user, Optional<Paragraph> target) {
    return target.map(p -> recorder.recordQuietly(user, ReadingRecorder.REPORT, p.sectionId()))
        .orElse(Future.succeededFuture());
  }

  /** {@code /report/2-2-1} → the paragraph on the page; {@code /report/2-2} → the section. */
  private void shortAddress(RoutingContext ctx) {
    String id = ctx.pathParam("param0");
    String location = id.chars().filter(c -> c == '-').count() == 2 ? "/report?p=" + id + "#p" + id : "/report#s" + id;
    ctx.response().setStatusCode(302).putHeader("Location", location).end();
  }

  private void markRead(RoutingContext ctx) {
    String id = ctx.pathParam("param0");
    if (report.section(id).isEmpty()) {
      ctx.fail(HttpFailure.notFound("报告中没有这一节：" + id));
      return;
    }
    SessionUser user = Auth.require(ctx, Role.LEARNER);
    recorder.record(user, ReadingRecorder.REPORT, id)
        .onSuccess(v -> ctx.response().setStatusCode(303)
            .putHeader("Location", "/report?read=" + id + "#s" + id).end())
        .onFailure(ctx::fail);
  }
}
