package org.xuefa.exam;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;

/** Practice by topic with instant feedback, and the wrong-answer book (错题本), as server-rendered pages. */
public final class PracticePages {

  public static final List<String> TEMPLATES = List.of("exam/practice-home", "exam/practice", "exam/wrongbook");

  private final Exams exams;
  private final Pages pages;

  public PracticePages(Exams exams, Pages pages) {
    this.exams = exams;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/practice").handler(Auth.role(Role.LEARNER)).handler(ctx -> home(ctx, 200, null));
    router.post("/practice").handler(Auth.role(Role.LEARNER)).handler(ctx -> create(ctx, false));
    router.get("/practice/question/:questionId").handler(Auth.role(Role.LEARNER)).handler(this::one);
    router.get("/practice/:practiceId").handler(Auth.role(Role.LEARNER)).handler(this::paper);
    router.post("/practice/:practiceId/answers/:questionId").handler(Auth.role(Role.LEARNER)).handler(this::answer);
    router.get("/wrongbook").handler(Auth.role(Role.LEARNER)).handler(this::wrongBook);
    router.post("/wrongbook/practice").handler(Auth.role(Role.LEARNER)).handler(ctx -> create(ctx, true));
  }

  private void home(RoutingContext ctx, int status, String error) {
    exams.practice().tags().onSuccess(tags -> {
      Map<String, Object> m = new HashMap<>();
      m.put("tags", tags.stream().map(e -> Map.of("tag", e.getKey(), "count", e.getValue())).toList());
      m.put("error", error);
      m.put("defaultCount", PracticeService.DEFAULT_COUNT);
      m.put("maxCount", PracticeService.MAX_COUNT);
      pages.send(ctx, status, "exam/practice-home", "练习", m);
    }).onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx, boolean fromBook) {
    String tag = form(ctx, "tag");
    int count;
    try {
      count = Math.max(1, Math.min(PracticeService.MAX_COUNT, Integer.parseInt(form(ctx, "count"))));
    } catch (NumberFormatException e) {
      count = PracticeService.DEFAULT_COUNT;
    }
    if (tag.length() > 40) {
      home(ctx, 400, "标签过长");
      return;
    }
    exams.practice().create(ExamApi.me(ctx), tag, count, fromBook, ExamApi.now())
        .onSuccess(p -> ctx.redirect("/practice/" + p.id()))
        .onFailure(e -> {
          if (e instanceof HttpFailure hf) {
            home(ctx, hf.status(), hf.getMessage());
          } else {
            ctx.fail(e);
          }
        });
  }

  /** Where a question found by search leads: a practice of that one question. */
  private void one(RoutingContext ctx) {
    exams.practice().createFor(ExamApi.me(ctx), ExamApi.id(ctx, "questionId"), ExamApi.now())
        .onSuccess(p -> ctx.redirect("/practice/" + p.id()))
        .onFailure(ctx::fail);
  }

  private void paper(RoutingContext ctx) {
    exams.practice().find(ExamApi.me(ctx), ExamApi.id(ctx, "practiceId"))
        .compose(p -> exams.practice().feedback(ExamApi.me(ctx), p, ExamApi.now()).compose(feedback -> {
          List<Map<String, Object>> questions = new ArrayList<>();
          int no = 1;
          for (PaperQuestion q : p.questions()) {
            JsonObject f = feedback.get(q.id());
            List<String> choice = f == null ? List.of() : PageModels.strings(f.getJsonArray("choice"));
            Map<String, Object> qm = PageModels.question(q, no++);
            qm.put("options", q.options().stream().map(o -> PageModels.option(o, choice.contains(o.key()),
                f != null && q.answer().contains(o.key()))).toList());
            if (f != null) {
              Map<String, Object> fm = new HashMap<>();
              fm.put("correct", f.getBoolean("correct"));
              fm.put("keyText", String.join("", q.answer()));
              fm.put("explanation", f.getString("explanation"));
              fm.put("source", f.getJsonObject("source") == null ? null : f.getJsonObject("source").getMap());
              qm.put("feedback", fm);
            }
            questions.add(qm);
          }
          Map<String, Object> m = new HashMap<>();
          m.put("practiceId", p.id());
          m.put("tag", p.tag().isEmpty() ? "全部题目" : p.tag());
          m.put("questions", questions);
          m.put("answered", feedback.size());
          m.put("total", p.questions().size());
          m.put("right", feedback.values().stream().filter(f -> f.getBoolean("correct")).count());
          return pages.send(ctx, "exam/practice", "练习 · " + m.get("tag"), m);
        })).onFailure(ctx::fail);
  }

  private void answer(RoutingContext ctx) {
    String id = ExamApi.id(ctx, "practiceId");
    String qid = ExamApi.id(ctx, "questionId");
    List<String> choice = ctx.request().formAttributes().getAll("choice");
    exams.practice().answer(ExamApi.me(ctx), id, qid, choice, ExamApi.now())
        .onSuccess(f -> ctx.redirect("/practice/" + id + "#q-" + URLEncoder.encode(qid, StandardCharsets.UTF_8)))
        .onFailure(ctx::fail);
  }

  private void wrongBook(RoutingContext ctx) {
    WrongBookView.items(exams, ExamApi.me(ctx)).onSuccess(items -> {
      Map<String, Object> m = new HashMap<>();
      m.put("items", items.stream().map(j -> {
        Map<String, Object> im = new HashMap<>(j.getMap());
        im.put("keyText", String.join("", PageModels.strings(j.getJsonArray("answer"))));
        im.put("options", j.getJsonArray("options").stream().map(o -> ((JsonObject) o).getMap()).toList());
        im.put("source", j.getJsonObject("source") == null ? null : j.getJsonObject("source").getMap());
        im.put("lastWrong", Times.local(Times.parse(j.getString("lastWrongAt")).orElse(null)));
        return im;
      }).toList());
      m.put("total", items.size());
      m.put("empty", items.isEmpty());
      pages.send(ctx, "exam/wrongbook", "错题本", m);
    }).onFailure(ctx::fail);
  }

  private static String form(RoutingContext ctx, String field) {
    String v = ctx.request().getFormAttribute(field);
    return v == null ? "" : v.strip();
  }
}
