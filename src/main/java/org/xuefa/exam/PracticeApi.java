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
import org.xuefa.web.Params;
import org.xuefa.web.Respond;

/** Practice, the wrong-answer book, certificates and the completion report (API and CSV). */
public final class PracticeApi {

  private final Exams exams;

  public PracticeApi(Exams exams) {
    this.exams = exams;
  }

  public void mount(Router router) {
    router.post("/api/practice").handler(Auth.role(Role.LEARNER)).handler(this::create);
    router.get("/api/practice/:practiceId").handler(Auth.role(Role.LEARNER)).handler(this::show);
    router.put("/api/practice/:practiceId/answers/:questionId").handler(Auth.role(Role.LEARNER)).handler(this::answer);
    router.get("/api/wrongbook").handler(Auth.role(Role.LEARNER)).handler(this::wrongBook);
    router.get("/api/certificates").handler(Auth.role(Role.LEARNER)).handler(this::myCertificates);
    router.get("/api/reports/completion").handler(Auth.role(Role.TRAINER)).handler(this::completion);
    router.get("/reports/completion.csv").handler(Auth.role(Role.TRAINER)).handler(this::completionCsv);
  }

  private void create(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    String tag = in.optionalString("tag", 40).map(String::strip).orElse("");
    int count = in.optionalInteger("count", 1, PracticeService.MAX_COUNT).orElse(PracticeService.DEFAULT_COUNT);
    boolean fromBook = in.optionalBoolean("fromWrongBook").orElse(false);
    Respond.json(ctx, 201, exams.practice().create(ExamApi.me(ctx), tag, count, fromBook, ExamApi.now())
        .map(p -> paperJson(p, new JsonObject())));
  }

  private void show(RoutingContext ctx) {
    Respond.json(ctx, exams.practice().find(ExamApi.me(ctx), ExamApi.id(ctx, "practiceId"))
        .compose(p -> exams.practice().feedback(ExamApi.me(ctx), p, ExamApi.now()).map(f -> paperJson(p, new JsonObject(new java.util.HashMap<>(f))))));
  }

  private void answer(RoutingContext ctx) {
    JsonInput in = JsonInput.of(ctx);
    if (!(in.raw().getValue("choice") instanceof JsonArray)) {
      throw HttpFailure.badRequest("字段 choice 必须是选项数组，例如 {\"choice\":[\"A\"]}");
    }
    List<String> choice = in.stringList("choice", 6, 8);
    Respond.json(ctx, exams.practice().answer(ExamApi.me(ctx), ExamApi.id(ctx, "practiceId"),
        ExamApi.id(ctx, "questionId"), choice, ExamApi.now()));
  }

  private void wrongBook(RoutingContext ctx) {
    Respond.json(ctx, WrongBookView.items(exams, ExamApi.me(ctx))
        .map(items -> new JsonObject().put("total", items.size()).put("items", new JsonArray(items))));
  }

  private void myCertificates(RoutingContext ctx) {
    Respond.json(ctx, exams.certificates().forUser(ExamApi.me(ctx).username()).map(list ->
        new JsonObject().put("certificates", new JsonArray(list.stream().map(Certificates::toJson).toList()))));
  }

  private void completion(RoutingContext ctx) {
    Respond.json(ctx, completionRows(ctx).map(CompletionReport::toJson));
  }

  private void completionCsv(RoutingContext ctx) {
    completionRows(ctx).onSuccess(rows -> {
      StringBuilder sb = new StringBuilder();
      ResultRows.line(sb, "单位", "应考人数", "已开考", "已交卷", "已通过");
      for (JsonObject r : rows) {
        ResultRows.line(sb, r.getString("unit"), r.getValue("assigned").toString(), r.getValue("started").toString(),
            r.getValue("submitted").toString(), r.getValue("passed").toString());
      }
      ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename*=UTF-8''completion.csv")
          .end(io.vertx.core.buffer.Buffer.buffer(ResultRows.withBom(sb.toString())));
    }).onFailure(ctx::fail);
  }

  private Future<List<JsonObject>> completionRows(RoutingContext ctx) {
    String examId = Params.text(ctx, "examId", ExamApi.MAX_ID);
    if (examId.isEmpty()) {
      throw HttpFailure.badRequest("缺少参数 examId");
    }
    SessionUser me = ExamApi.me(ctx);
    return exams.exams().find(examId).compose(exam -> exams.completion().rows(exam).map(rows -> rows.stream()
        .filter(r -> ExamAccess.covers(me, exam, r.getString("unit"))).toList()));
  }

  /** The paper without keys, and the feedback for the questions already answered. */
  static JsonObject paperJson(PracticeService.Paper p, JsonObject feedback) {
    return new JsonObject().put("id", p.id()).put("tag", p.tag()).put("fromWrongBook", p.fromWrongBook())
        .put("questions", new JsonArray(p.questions().stream().map(PaperQuestion::toLearnerJson).toList()))
        .put("feedback", feedback);
  }
}
