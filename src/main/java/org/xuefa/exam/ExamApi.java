package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.JsonInput;
import org.xuefa.web.Respond;

/** The exam and attempt API of the contract, plus the trainer's overrides and results. */
public final class ExamApi {

  static final int MAX_ID = 64;

  private final Exams exams;

  public ExamApi(Exams exams) {
    this.exams = exams;
  }

  public void mount(Router router) {
    router.get("/api/exams").handler(Auth.role(Role.LEARNER)).handler(this::list);
    router.post("/api/exams").handler(Auth.role(Role.TRAINER)).handler(this::create);
    router.get("/api/exams/:examId").handler(Auth.role(Role.LEARNER)).handler(this::show);
    router.post("/api/exams/:examId/attempts").handler(Auth.role(Role.LEARNER)).handler(this::start);
    router.get("/api/exams/:examId/results").handler(Auth.role(Role.TRAINER)).handler(this::results);
    router.post("/api/exams/:examId/status").handler(Auth.role(Role.TRAINER)).handler(this::status);
    router.post("/api/exams/:examId/extra-attempts").handler(Auth.role(Role.TRAINER)).handler(this::extraAttempt);
    router.get("/api/exams/:examId/overrides").handler(Auth.role(Role.TRAINER)).handler(this::overrides);
    router.put("/api/attempts/:attemptId/answers/:questionId").handler(Auth.role(Role.LEARNER)).handler(this::answer);
    router.get("/api/attempts/:attemptId").handler(Auth.role(Role.LEARNER)).handler(this::read);
    router.post("/api/attempts/:attemptId/submit").handler(Auth.role(Role.LEARNER)).handler(this::submit);
    router.post("/api/attempts/:attemptId/extra-time").handler(Auth.role(Role.TRAINER)).handler(this::extraTime);
    router.post("/api/attempts/:attemptId/grace").handler(Auth.role(Role.TRAINER)).handler(this::grace);
  }

  private void list(RoutingContext ctx) {
    Respond.json(ctx, exams.exams().forUser(me(ctx), now(), false).map(list ->
        new JsonObject().put("exams", new JsonArray(list.stream().map(ExamService.Listed::toJson).toList()))));
  }

  private void create(RoutingContext ctx) {
    JsonObject body = JsonInput.of(ctx).raw();
    Respond.json(ctx, 201, exams.exams().create(me(ctx), body, now())
        .map(exam -> new JsonObject().put("id", exam.id())));
  }

  private void show(RoutingContext ctx) {
    SessionUser me = me(ctx);
    Respond.json(ctx, exams.exams().find(id(ctx, "examId")).compose(exam -> {
      if (!exam.assignedTo(me.unit()) && !me.has(Role.TRAINER)) {
        return Future.failedFuture(HttpFailure.notFound("没有这个考试"));
      }
      return exams.exams().forUser(me, now(), true).map(list -> list.stream()
          .filter(l -> l.exam().id().equals(exam.id())).findFirst().map(ExamService.Listed::toJson)
          .orElse(exam.toJson()));
    }));
  }

  private void start(RoutingContext ctx) {
    long now = now();
    exams.attempts().start(me(ctx), id(ctx, "examId"), now)
        .onSuccess(s -> Respond.send(ctx, s.created() ? 201 : 200, AttemptViews.inProgress(s.attempt(), now)))
        .onFailure(ctx::fail);
  }

  private void answer(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    if (!(in.raw().getValue("choice") instanceof JsonArray)) {
      throw HttpFailure.badRequest("字段 choice 必须是选项数组，例如 {\"choice\":[\"A\"]}；空数组表示清除答案");
    }
    List<String> choice = in.stringList("choice", 6, 8);
    String questionId = id(ctx, "questionId");
    long now = now();
    Respond.json(ctx, exams.attempts().answer(me(ctx), id(ctx, "attemptId"), questionId, choice, now)
        .map(deadline -> new JsonObject().put("saved", true).put("questionId", questionId)
            .put("choice", new JsonArray(choice.stream().sorted().toList()))
            .put("savedAt", Times.iso(now)).put("remainingSeconds", Times.remainingSeconds(deadline, now))));
  }

  private void read(RoutingContext ctx) {
    long now = now();
    Respond.json(ctx, exams.attempts().read(me(ctx), id(ctx, "attemptId"), now)
        .compose(a -> AttemptViews.view(a, exams.bank(), now)));
  }

  private void submit(RoutingContext ctx) {
    long now = now();
    Respond.json(ctx, exams.attempts().submit(me(ctx), id(ctx, "attemptId"), now)
        .compose(a -> AttemptViews.view(a, exams.bank(), now)));
  }

  private void results(RoutingContext ctx) {
    SessionUser me = me(ctx);
    Respond.json(ctx, exams.exams().find(id(ctx, "examId")).compose(exam -> exams.exams().results(me, exam)
        .map(rows -> new JsonObject().put("exam", exam.toJson())
            .put("rows", new JsonArray(rows.stream().map(ResultRows::toJson).toList())))));
  }

  private void status(RoutingContext ctx) {
    String status = JsonInput.of(ctx).string("status", 20);
    if (!status.equals(Exam.ACTIVE) && !status.equals(Exam.CLOSED)) {
      throw HttpFailure.badRequest("status 只能是 active 或 closed");
    }
    Respond.json(ctx, exams.exams().setStatus(me(ctx), id(ctx, "examId"), status)
        .map(v -> new JsonObject().put("status", status)));
  }

  private void extraAttempt(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    String username = in.string("username", 64);
    String reason = in.optionalString("reason", 200).orElse("");
    Respond.json(ctx, exams.overrides().extraAttempt(me(ctx), id(ctx, "examId"), username, reason, now())
        .map(v -> new JsonObject().put("granted", true).put("username", username)));
  }

  private void overrides(RoutingContext ctx) {
    SessionUser me = me(ctx);
    Respond.json(ctx, exams.exams().find(id(ctx, "examId")).compose(exam -> exams.overrideLog().forExam(exam.id())
        .map(list -> new JsonObject().put("overrides", new JsonArray(list.stream()
            .filter(o -> ExamAccess.managesAll(me, exam) || me.username().equals(o.getString("by")))
            .map(ResultRows::overrideJson).toList())))));
  }

  private void extraTime(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    int seconds = in.integer("seconds", 1, 4 * 3600);
    String reason = in.optionalString("reason", 200).orElse("");
    long now = now();
    Respond.json(ctx, exams.overrides().extraTime(me(ctx), id(ctx, "attemptId"), seconds, reason, now)
        .map(a -> AttemptViews.inProgress(a, now)));
  }

  private void grace(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    int seconds = in.integer("seconds", 1, 4 * 3600);
    String reason = in.optionalString("reason", 200).orElse("");
    long now = now();
    Respond.json(ctx, exams.overrides().grace(me(ctx), id(ctx, "attemptId"), seconds, reason, now)
        .map(a -> AttemptViews.inProgress(a, now)));
  }

  static SessionUser me(RoutingContext ctx) {
    return Auth.user(ctx).orElseThrow(HttpFailure::unauthorized);
  }

  static String id(RoutingContext ctx, String name) {
    String v = ctx.pathParam(name);
    if (v == null || v.isEmpty() || v.length() > MAX_ID) {
      throw HttpFailure.notFound("没有这个资源");
    }
    return v;
  }

  static long now() {
    return System.currentTimeMillis();
  }
}
