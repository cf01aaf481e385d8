package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.account.Unit;
import org.xuefa.account.UnitRepository;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;

/** The trainer's exam pages (考试管理): list and create, one exam's results, overrides and CSV export. */
public final class TrainerExamPages {

  public static final List<String> TEMPLATES = List.of("exam/trainer-exams", "exam/trainer-exam");
  static final String PATH = "/trainer/exams";

  private final Exams exams;
  private final UnitRepository units;
  private final Pages pages;

  public TrainerExamPages(Exams exams, UnitRepository units, Pages pages) {
    this.exams = exams;
    this.units = units;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get(PATH).handler(Auth.role(Role.TRAINER)).handler(ctx -> list(ctx, 200, Map.of()));
    router.post(PATH).handler(Auth.role(Role.TRAINER)).handler(this::create);
    router.get(PATH + "/:examId").handler(Auth.role(Role.TRAINER)).handler(ctx -> show(ctx, 200, Map.of()));
    router.get(PATH + "/:examId/results.csv").handler(Auth.role(Role.TRAINER)).handler(this::csv);
    router.post(PATH + "/:examId/status").handler(Auth.role(Role.TRAINER)).handler(this::status);
    router.post(PATH + "/:examId/extra-attempt").handler(Auth.role(Role.TRAINER)).handler(this::extraAttempt);
    router.post(PATH + "/:examId/attempts/:attemptId/extra-time").handler(Auth.role(Role.TRAINER))
        .handler(ctx -> timeOverride(ctx, true));
    router.post(PATH + "/:examId/attempts/:attemptId/grace").handler(Auth.role(Role.TRAINER))
        .handler(ctx -> timeOverride(ctx, false));
  }

  private void list(RoutingContext ctx, int status, Map<String, Object> extra) {
    Future.all(exams.exams().all(), units.list()).onSuccess(all -> {
      List<Exam> list = all.resultAt(0);
      List<Unit> unitList = all.resultAt(1);
      Map<String, Object> m = new HashMap<>(extra);
      m.put("exams", list.stream().map(e -> Map.of("id", e.id(), "title", e.title(),
          "count", e.questionCount(), "minutes", (e.timeLimitSeconds() + 59) / 60, "passScore", e.passScore(),
          "units", e.units().isEmpty() ? "全部单位" : String.join("、", e.units()),
          "status", Exam.ACTIVE.equals(e.status()) ? "进行中" : "已停止", "createdAt", Times.local(e.createdAt()))).toList());
      m.put("units", unitList.stream().map(Unit::name).toList());
      pages.send(ctx, status, "exam/trainer-exams", "考试管理", m);
    }).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    JsonObject body;
    try {
      body = TrainerForms.examBody(ctx.request().formAttributes());
    } catch (HttpFailure e) {
      list(ctx, e.status(), Map.of("error", e.getMessage()));
      return;
    }
    exams.exams().create(ExamApi.me(ctx), body, ExamApi.now())
        .onSuccess(exam -> ctx.redirect(PATH + "/" + exam.id()))
        .onFailure(e -> {
          if (e instanceof HttpFailure hf) {
            list(ctx, hf.status(), Map.of("error", hf.getMessage()));
          } else {
            ctx.fail(e);
          }
        });
  }

  private void show(RoutingContext ctx, int status, Map<String, Object> extra) {
    SessionUser me = ExamApi.me(ctx);
    exams.exams().find(ExamApi.id(ctx, "examId")).compose(exam -> Future.all(exams.exams().results(me, exam),
        exams.overrideLog().forExam(exam.id()), exams.completion().rows(exam)).compose(all -> {
          List<Taker> rows = all.resultAt(0);
          List<JsonObject> overrides = all.resultAt(1);
          List<JsonObject> completion = all.resultAt(2);
          Map<String, Object> m = new HashMap<>(extra);
          m.put("exam", TrainerForms.examModel(exam));
          m.put("manages", ExamAccess.managesAll(me, exam));
          m.put("rows", rows.stream().map(t -> ResultRows.toJson(t).put("statusLabel", ResultRows.statusLabel(t))
              .put("inProgress", t.current() != null).put("hasExtra", t.extra() > 0).getMap()).toList());
          m.put("none", rows.isEmpty());
          m.put("overrides", overrides.stream().filter(o -> ExamAccess.managesAll(me, exam)
              || me.username().equals(o.getString("by"))).map(o -> {
                Map<String, Object> om = new HashMap<>(ResultRows.overrideJson(o).getMap());
                om.put("atLocal", Times.local(o.getLong("at")));
                om.put("kindLabel", TrainerForms.kindLabel(o.getString("kind")));
                om.put("hasSeconds", o.getInteger("seconds", 0) > 0);
                return om;
              }).toList());
          m.put("completion", completion.stream().filter(r -> ExamAccess.covers(me, exam, r.getString("unit")))
              .map(JsonObject::getMap).toList());
          return pages.send(ctx, status, "exam/trainer-exam", exam.title() + " · 考试管理", m);
        })).onFailure(ctx::fail);
  }

  private void csv(RoutingContext ctx) {
    SessionUser me = ExamApi.me(ctx);
    exams.exams().find(ExamApi.id(ctx, "examId")).compose(exam -> exams.exams().results(me, exam)
        .map(rows -> ResultRows.csv(exam, rows))).onSuccess(bytes -> ctx.response()
            .putHeader("Content-Type", "text/csv; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename*=UTF-8''exam-results.csv")
            .end(Buffer.buffer(bytes)))
        .onFailure(ctx::fail);
  }

  private void status(RoutingContext ctx) {
    String status = "closed".equals(ctx.request().getFormAttribute("status")) ? Exam.CLOSED : Exam.ACTIVE;
    after(ctx, exams.exams().setStatus(ExamApi.me(ctx), ExamApi.id(ctx, "examId"), status),
        Exam.ACTIVE.equals(status) ? "考试已恢复" : "考试已停止，学员不能再开始新的答卷");
  }

  private void extraAttempt(RoutingContext ctx) {
    String username = form(ctx, "username");
    after(ctx, exams.overrides().extraAttempt(ExamApi.me(ctx), ExamApi.id(ctx, "examId"), username,
        form(ctx, "reason"), ExamApi.now()), "已给予 " + username + " 一次补考机会");
  }

  private void timeOverride(RoutingContext ctx, boolean extraTime) {
    int minutes;
    try {
      minutes = Integer.parseInt(form(ctx, "minutes"));
    } catch (NumberFormatException e) {
      minutes = 0;
    }
    if (minutes < 1 || minutes > 240) {
      show(ctx, 400, Map.of("error", "分钟数必须在 1 到 240 之间"));
      return;
    }
    String attemptId = ExamApi.id(ctx, "attemptId");
    String reason = form(ctx, "reason");
    Future<Attempt> done = extraTime
        ? exams.overrides().extraTime(ExamApi.me(ctx), attemptId, minutes * 60, reason, ExamApi.now())
        : exams.overrides().grace(ExamApi.me(ctx), attemptId, minutes * 60, reason, ExamApi.now());
    after(ctx, done, (extraTime ? "已延长 " : "已设宽限期 ") + minutes + " 分钟");
  }

  private void after(RoutingContext ctx, Future<?> work, String notice) {
    work.onSuccess(v -> show(ctx, 200, Map.of("notice", notice))).onFailure(e -> {
      if (e instanceof HttpFailure hf) {
        show(ctx, hf.status(), Map.of("error", hf.getMessage()));
      } else {
        ctx.fail(e);
      }
    });
  }

  private static String form(RoutingContext ctx, String field) {
    String v = ctx.request().getFormAttribute(field);
    return v == null ? "" : v.strip();
  }

  static JsonArray lines(String text) {
    JsonArray out = new JsonArray();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }
}
