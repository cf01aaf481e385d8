package org.xuefa.progress;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;
import org.xuefa.web.Respond;

/** A logged-in person's own study progress, as a page and as JSON. */
public final class ProgressRoutes {

  static final String TEMPLATE = "progress/study";

  private final ProgressService progress;
  private final Pages pages;

  public ProgressRoutes(ProgressService progress, Pages pages) {
    this.progress = progress;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/study").handler(Auth.role(Role.LEARNER)).handler(this::page);
    router.get("/api/progress").handler(Auth.role(Role.LEARNER)).handler(this::json);
  }

  private void json(RoutingContext ctx) {
    SessionUser user = Auth.require(ctx, Role.LEARNER);
    Respond.json(ctx, progress.of(user).map(StudyProgress::toJson));
  }

  private void page(RoutingContext ctx) {
    SessionUser user = Auth.require(ctx, Role.LEARNER);
    progress.of(user).onSuccess(p -> pages.send(ctx, TEMPLATE, "我的学习", model(p))).onFailure(ctx::fail);
  }

  private static Map<String, Object> model(StudyProgress p) {
    Map<String, Object> m = new HashMap<>();
    m.put("topicsRead", p.topicsRead());
    m.put("topicsUnread", p.topicsUnread());
    m.put("anyTopicsRead", !p.topicsRead().isEmpty());
    m.put("topicsReadCount", p.topicsRead().size());
    m.put("topicsTotal", p.topicsTotal());
    m.put("allTopicsRead", p.topicsUnread().isEmpty());
    m.put("sectionsRead", p.sectionsRead());
    m.put("sectionsUnread", p.sectionsUnread());
    m.put("sectionsReadCount", p.sectionsRead().size());
    m.put("sectionsTotal", p.sectionsTotal());
    m.put("allSectionsRead", p.sectionsUnread().isEmpty());
    m.put("laws", p.laws());
    m.put("noLaws", p.laws().isEmpty());
    m.put("articlesRead", p.articlesRead());
    return m;
  }
}
