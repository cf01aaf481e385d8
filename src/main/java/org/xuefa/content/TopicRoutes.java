package org.xuefa.content;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.xuefa.account.SessionUser;
import org.xuefa.web.Auth;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.Pages;
import org.xuefa.web.ReadingRecorder;

/** The study topics as pages, open without login; a logged-in reader's visit counts toward their progress. */
public final class TopicRoutes {

  static final String LIST = "content/list";
  static final String SHOW = "content/topic";

  private final TopicLibrary topics;
  private final ReadingRecorder recorder;
  private final Function<SessionUser, Future<Set<String>>> readTopics;
  private final Pages pages;

  /** {@code readTopics} answers the slugs a person has read, so the list can mark them. */
  public TopicRoutes(TopicLibrary topics, ReadingRecorder recorder, Function<SessionUser, Future<Set<String>>> readTopics,
      Pages pages) {
    this.topics = topics;
    this.recorder = recorder;
    this.readTopics = readTopics;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/topics").handler(this::list);
    router.get("/topics/:slug").handler(this::show);
  }

  private void list(RoutingContext ctx) {
    Future<Set<String>> read = Auth.user(ctx).map(readTopics).orElse(Future.succeededFuture(Set.of()));
    read.onSuccess(slugs -> {
      List<Map<String, Object>> items = topics.all().stream()
          .map(t -> Map.<String, Object>of("url", t.url(), "title", t.title(), "summary", t.summary(),
              "tags", t.tags(), "read", slugs.contains(t.slug())))
          .toList();
      pages.send(ctx, LIST, "学习专题", Map.of("topics", items));
    }).onFailure(ctx::fail);
  }

  private void show(RoutingContext ctx) {
    Optional<Topic> found = topics.find(ctx.pathParam("slug"));
    if (found.isEmpty()) {
      ctx.fail(HttpFailure.notFound("没有这个学习专题"));
      return;
    }
    Topic t = found.get();
    Map<String, Object> model = Map.of("title", t.title(), "summary", t.summary(), "tags", t.tags(),
        "html", topics.html(t.slug()), "sources", topics.sources(t.slug()));
    Optional<SessionUser> user = Auth.user(ctx);
    if (user.isEmpty()) {
      pages.send(ctx, SHOW, t.title(), model);
      return;
    }
    recorder.recordQuietly(user.get(), ReadingRecorder.TOPIC, t.slug())
        .onComplete(r -> pages.send(ctx, SHOW, t.title(), model));
  }
}
