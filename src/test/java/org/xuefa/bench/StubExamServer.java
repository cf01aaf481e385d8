package org.xuefa.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Xuefa's exam API, as small as the contract allows: a real Vert.x HTTP server on port 0
 * with sessions by cookie, CSRF tokens, accounts, exams, attempts, answers and submit held in maps.
 * It can be told to fail every n-th answer or to forget answers, so that the load tool's error
 * accounting can be checked.
 */
final class StubExamServer implements AutoCloseable {

  static final String ADMIN_PASSWORD = "stub-admin-pass";

  private record Session(String username, String role, String csrf) {}

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final int failEveryNthSave;
  private final boolean forgetAnswers;
  private final AtomicInteger saves = new AtomicInteger();
  // All handlers run on the one event loop of the one server instance, so plain maps suffice.
  private final Map<String, String> passwords = new HashMap<>(Map.of("admin", ADMIN_PASSWORD));
  private final Map<String, String> roles = new HashMap<>(Map.of("admin", "admin"));
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, Integer> exams = new HashMap<>();
  private final Map<String, JsonObject> attempts = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  // order of arrival, to check which steps the load tool sends as bursts
  private int arrivals;
  private final Map<String, int[]> firstLast = new HashMap<>();

  StubExamServer(int failEveryNthSave, boolean forgetAnswers) {
    this.failEveryNthSave = failEveryNthSave;
    this.forgetAnswers = forgetAnswers;
    Router r = Router.router(vertx);
    r.route().handler(BodyHandler.create(false));
    r.route().handler(ctx -> {
      String step = ctx.request().method() + " " + ctx.request().path().replaceAll("/[^/]*\\d[^/]*", "/*");
      int n = ++arrivals;
      firstLast.computeIfAbsent(step, k -> new int[] {n, n})[1] = n;
      ctx.next();
    });
    r.post("/api/session").handler(this::login);
    r.post("/api/users").handler(ctx -> guarded(ctx, "admin", this::createUser));
    r.post("/api/exams").handler(ctx -> guarded(ctx, "admin", this::createExam));
    r.post("/api/exams/:id/attempts").handler(ctx -> guarded(ctx, "learner", this::start));
    r.get("/api/attempts/:id").handler(ctx -> guarded(ctx, "learner", this::attempt));
    r.put("/api/attempts/:id/answers/:qid").handler(ctx -> guarded(ctx, "learner", this::save));
    r.post("/api/attempts/:id/submit").handler(ctx -> guarded(ctx, "learner", this::submit));
    server = vertx.createHttpServer().requestHandler(r).listen(0, "127.0.0.1").await();
  }

  static StubExamServer healthy() {
    return new StubExamServer(0, false);
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** First and last arrival number of a step: method and path with every id replaced by a star. */
  int[] arrivals(String step) {
    return firstLast.get(step);
  }

  int attempts() {
    return attempts.size();
  }

  int accounts() {
    return passwords.size() - 1;
  }

  private void login(RoutingContext ctx) {
    JsonObject in = ctx.body().asJsonObject();
    String user = in.getString("username");
    if (!in.getString("password", "").equals(passwords.get(user))) {
      error(ctx, 401, "bad credentials");
      return;
    }
    String token = UUID.randomUUID().toString();
    Session s = new Session(user, roles.get(user), UUID.randomUUID().toString());
    sessions.put(token, s);
    ctx.response().addCookie(Cookie.cookie("stub_session", token).setPath("/").setHttpOnly(true));
    json(ctx, 200, new JsonObject().put("username", user).put("role", s.role()).put("csrfToken", s.csrf()));
  }

  private interface Handler {
    void handle(RoutingContext ctx, Session s);
  }

  private void guarded(RoutingContext ctx, String role, Handler h) {
    Cookie c = ctx.request().getCookie("stub_session");
    Session s = c == null ? null : sessions.get(c.getValue());
    if (s == null) {
      error(ctx, 401, "not logged in");
    } else if (role.equals("admin") && !s.role().equals("admin")) {
      error(ctx, 403, "admin only");
    } else if (!ctx.request().method().name().equals("GET") && !s.csrf().equals(ctx.request().getHeader("X-CSRF-Token"))) {
      error(ctx, 403, "csrf");
    } else {
      h.handle(ctx, s);
    }
  }

  private void createUser(RoutingContext ctx, Session s) {
    JsonObject in = ctx.body().asJsonObject();
    String user = in.getString("username");
    if (passwords.containsKey(user)) {
      error(ctx, 409, "taken");
      return;
    }
    passwords.put(user, in.getString("password"));
    roles.put(user, in.getString("role"));
    json(ctx, 201, new JsonObject().put("username", user));
  }

  private void createExam(RoutingContext ctx, Session s) {
    String id = "exam-" + (exams.size() + 1);
    exams.put(id, ctx.body().asJsonObject().getInteger("questionCount"));
    json(ctx, 201, new JsonObject().put("id", id));
  }

  private void start(RoutingContext ctx, Session s) {
    Integer count = exams.get(ctx.pathParam("id"));
    if (count == null) {
      error(ctx, 404, "no exam");
      return;
    }
    String id = "att-" + (attempts.size() + 1);
    JsonArray questions = new JsonArray();
    String[] types = {"single", "multiple", "judge"};
    for (int i = 0; i < count; i++) {
      String type = types[i % 3];
      JsonArray options = type.equals("judge")
          ? new JsonArray().add(option("T", "正确")).add(option("F", "错误"))
          : new JsonArray().add(option("A", "甲")).add(option("B", "乙")).add(option("C", "丙")).add(option("D", "丁"));
      questions.add(new JsonObject().put("id", "q" + i).put("type", type).put("stem", "题" + i)
          .put("options", options).put("points", 1));
    }
    JsonObject attempt = new JsonObject().put("attemptId", id).put("examId", ctx.pathParam("id"))
        .put("status", "in_progress").put("questions", questions).put("answers", new JsonObject());
    attempts.put(id, attempt);
    owners.put(id, s.username());
    json(ctx, 201, attempt);
  }

  private static JsonObject option(String key, String text) {
    return new JsonObject().put("key", key).put("text", text);
  }

  private JsonObject owned(RoutingContext ctx, Session s) {
    String id = ctx.pathParam("id");
    if (!s.username().equals(owners.get(id))) {
      error(ctx, 404, "no attempt");
      return null;
    }
    return attempts.get(id);
  }

  private void attempt(RoutingContext ctx, Session s) {
    JsonObject a = owned(ctx, s);
    if (a != null) {
      json(ctx, 200, forgetAnswers ? a.copy().put("answers", new JsonObject()) : a);
    }
  }

  private void save(RoutingContext ctx, Session s) {
    JsonObject a = owned(ctx, s);
    if (a == null) {
      return;
    }
    if (!a.getString("status").equals("in_progress")) {
      error(ctx, 409, "closed");
    } else if (failEveryNthSave > 0 && saves.incrementAndGet() % failEveryNthSave == 0) {
      error(ctx, 500, "injected failure");
    } else {
      a.getJsonObject("answers").put(ctx.pathParam("qid"), ctx.body().asJsonObject().getJsonArray("choice"));
      json(ctx, 200, new JsonObject().put("saved", true));
    }
  }

  private void submit(RoutingContext ctx, Session s) {
    JsonObject a = owned(ctx, s);
    if (a != null) {
      a.put("status", "submitted");
      json(ctx, 200, new JsonObject().put("status", "submitted")
          .put("result", new JsonObject().put("score", 0).put("maxScore", 1).put("passed", false)));
    }
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }

  private static void error(RoutingContext ctx, int status, String message) {
    json(ctx, status, new JsonObject().put("error", message));
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
