package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;

/**
 * The learner's exam pages, server-rendered so they work without JavaScript: 我的考试, taking an
 * attempt (each question a form), its result, the printable result sheet and certificate.
 */
public final class ExamPages {

  public static final List<String> TEMPLATES = List.of("exam/exams", "exam/attempt", "exam/result", "exam/sheet",
      "exam/certificate");

  private final Exams exams;
  private final Pages pages;

  public ExamPages(Exams exams, Pages pages) {
    this.exams = exams;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/exams").handler(Auth.role(Role.LEARNER)).handler(this::list);
    router.post("/exams/:examId/start").handler(Auth.role(Role.LEARNER)).handler(this::start);
    router.get("/attempts/:attemptId").handler(Auth.role(Role.LEARNER)).handler(this::attempt);
    router.post("/attempts/:attemptId/answers/:questionId").handler(Auth.role(Role.LEARNER)).handler(this::answer);
    router.post("/attempts/:attemptId/submit").handler(Auth.role(Role.LEARNER)).handler(this::submit);
    router.get("/attempts/:attemptId/sheet").handler(Auth.role(Role.LEARNER)).handler(this::sheet);
    router.get("/certificates/:number").handler(Auth.role(Role.LEARNER)).handler(this::certificate);
  }

  private void list(RoutingContext ctx) {
    SessionUser me = ExamApi.me(ctx);
    Future.all(exams.exams().forUser(me, ExamApi.now(), true), exams.certificates().forUser(me.username()))
        .onSuccess(all -> {
          List<ExamService.Listed> listed = all.resultAt(0);
          List<io.vertx.core.json.JsonObject> certs = all.resultAt(1);
          Map<String, Object> m = new HashMap<>();
          m.put("exams", listed.stream().map(ExamPages::examRow).toList());
          m.put("none", listed.isEmpty());
          m.put("certificates", certs.stream().map(c -> Map.of("number", c.getString("_id"),
              "examTitle", c.getString("examTitle", ""), "issued", Times.day(c.getLong("issuedAt")),
              "validUntil", Times.day(c.getLong("validUntil")))).toList());
          pages.send(ctx, "exam/exams", "我的考试", m);
        }).onFailure(ctx::fail);
  }

  private static Map<String, Object> examRow(ExamService.Listed l) {
    Exam e = l.exam();
    Map<String, Object> m = new HashMap<>();
    m.put("id", e.id());
    m.put("title", e.title());
    m.put("minutes", (e.timeLimitSeconds() + 59) / 60);
    m.put("questionCount", e.questionCount());
    m.put("passScore", e.passScore());
    m.put("ruleText", e.ruleLabel());
    m.put("closes", e.closesAt() == null ? null : Times.local(e.closesAt()));
    m.put("used", l.used());
    m.put("allowed", l.allowed());
    m.put("remaining", Math.max(0, l.allowed() - l.used()));
    m.put("inProgress", l.taker().map(Taker::current).orElse(null));
    m.put("canStart", l.open() && l.used() < l.allowed());
    m.put("open", l.open());
    l.taker().map(Taker::best).ifPresent(b -> m.put("best", Map.of("score", String.valueOf(b.getValue("score")),
        "maxScore", String.valueOf(b.getValue("maxScore")), "grade", b.getString("grade", ""),
        "passed", b.getBoolean("passed", false), "attemptId", b.getString("attemptId", ""))));
    m.put("certificateNo", l.taker().map(Taker::certificateNo).orElse(null));
    return m;
  }

  private void start(RoutingContext ctx) {
    exams.attempts().start(ExamApi.me(ctx), ExamApi.id(ctx, "examId"), ExamApi.now())
        .onSuccess(s -> ctx.redirect("/attempts/" + s.attempt().id()))
        .onFailure(ctx::fail);
  }

  private void attempt(RoutingContext ctx) {
    long now = ExamApi.now();
    exams.attempts().read(ExamApi.me(ctx), ExamApi.id(ctx, "attemptId"), now).compose(a -> {
      if (a.inProgress()) {
        return pages.send(ctx, "exam/attempt", a.examTitle(), PageModels.taking(a, now));
      }
      return exams.bank().byIds(a.paper().stream().map(PaperQuestion::id).toList())
          .compose(bank -> pages.send(ctx, "exam/result", a.examTitle() + " · 成绩", PageModels.closed(a, bank)));
    }).onFailure(ctx::fail);
  }

  /** The no-JavaScript save: one question's form; back to the same question on the page. */
  private void answer(RoutingContext ctx) {
    String attemptId = ExamApi.id(ctx, "attemptId");
    String questionId = ExamApi.id(ctx, "questionId");
    List<String> choice = ctx.request().formAttributes().getAll("choice");
    exams.attempts().answer(ExamApi.me(ctx), attemptId, questionId, choice, ExamApi.now())
        .onSuccess(d -> ctx.redirect("/attempts/" + attemptId + "#q-" + URLEncoder.encode(questionId, StandardCharsets.UTF_8)))
        .onFailure(e -> {
          if (e instanceof HttpFailure hf && hf.status() == 409) {
            ctx.redirect("/attempts/" + attemptId);
          } else {
            ctx.fail(e);
          }
        });
  }

  private void submit(RoutingContext ctx) {
    String attemptId = ExamApi.id(ctx, "attemptId");
    exams.attempts().submit(ExamApi.me(ctx), attemptId, ExamApi.now())
        .onSuccess(a -> ctx.redirect("/attempts/" + attemptId))
        .onFailure(ctx::fail);
  }

  private void sheet(RoutingContext ctx) {
    exams.attempts().read(ExamApi.me(ctx), ExamApi.id(ctx, "attemptId"), ExamApi.now()).compose(a -> {
      if (a.inProgress()) {
        return Future.failedFuture(HttpFailure.conflict("考试尚未结束，交卷后才有成绩单"));
      }
      return exams.bank().byIds(a.paper().stream().map(PaperQuestion::id).toList())
          .compose(bank -> pages.send(ctx, "exam/sheet", a.examTitle() + " · 成绩单", PageModels.closed(a, bank)));
    }).onFailure(ctx::fail);
  }

  private void certificate(RoutingContext ctx) {
    SessionUser me = ExamApi.me(ctx);
    String number = ExamApi.id(ctx, "number");
    exams.certificates().find(number).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(HttpFailure.notFound("没有这张证书"));
      }
      io.vertx.core.json.JsonObject c = found.get();
      Future<Boolean> allowed = me.username().equals(c.getString("username")) ? Future.succeededFuture(true)
          : exams.exams().find(c.getString("examId")).map(e -> ExamAccess.covers(me, e, c.getString("unit")))
              .recover(e -> Future.succeededFuture(false));
      return allowed.compose(ok -> {
        if (!ok) {
          return Future.failedFuture(HttpFailure.notFound("没有这张证书"));
        }
        Map<String, Object> m = new HashMap<>(Certificates.toJson(c).getMap());
        m.put("issuedDay", Times.day(c.getLong("issuedAt")));
        m.put("validDay", Times.day(c.getLong("validUntil")));
        m.put("validYears", c.getInteger("validYears", 5));
        return pages.send(ctx, "exam/certificate", "证书 " + number, m);
      });
    }).onFailure(ctx::fail);
  }
}
