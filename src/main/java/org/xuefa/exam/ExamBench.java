package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.WebClientSession;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xuefa.account.NewUser;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.config.Config;
import org.xuefa.server.Server;

/**
 * Exam-day benchmark: a server on the embedded store in a temporary folder, N candidates (Vert.x web
 * client, up to one connection each) log in, start the same exam at once, answer every question (each
 * candidate one answer after the other, all candidates at the same time), reload the attempt, submit.
 * Prints answers saved per second and latency p50/p99/max per operation, and writes them to a file.
 *
 * <p>Usage: {@code ExamBench [candidates=100] [questions=50] [results file=bench-results/exam-N.md]}.
 */
public final class ExamBench {

  private static final String PASSWORD = "bench-password";

  private ExamBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int questions = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path out = Path.of(args.length > 2 ? args[2] : "bench-results/exam-" + n + ".md");
    String report = run(n, questions);
    System.out.println(report);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println("written to " + out.toAbsolutePath());
    System.exit(0);
  }

  static String run(int n, int questions) throws Exception {
    Path dir = Files.createTempDirectory("xuefa-bench");
    Config config = Config.from(Map.of(Config.DATA_DIR, dir.toString(), Config.HTTP_PORT, "0",
        Config.ADMIN_PASSWORD, PASSWORD));
    Server server = Server.start(config, false, new PrintStream(OutputStream.nullOutputStream())).await();
    Vertx vertx = Vertx.vertx();
    try {
      String examId = prepare(server, n, questions);
      WebClient client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
          .setDefaultPort(server.port()).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(n));
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        candidates.add(new Candidate("bench" + i, WebClientSession.create(client)));
      }
      BenchStats login = new BenchStats("login");
      BenchStats start = new BenchStats("start");
      BenchStats save = new BenchStats("save answer");
      BenchStats fetch = new BenchStats("fetch");
      BenchStats submit = new BenchStats("submit");
      Future.all(candidates.stream().map(c -> c.login(login)).toList()).await();
      Future.all(candidates.stream().map(c -> c.start(start, examId)).toList()).await();
      Future.all(candidates.stream().map(c -> c.answerAll(save, 0, c.paper.size() / 2)).toList()).await();
      Future.all(candidates.stream().map(c -> c.fetch(fetch)).toList()).await();
      Future.all(candidates.stream().map(c -> c.answerAll(save, c.paper.size() / 2, c.paper.size())).toList()).await();
      Future.all(candidates.stream().map(c -> c.submit(submit)).toList()).await();
      long saved = server.services().store().mongo().count(AttemptRepository.ATTEMPTS,
          new JsonObject().put("status", Attempt.SUBMITTED)).await();
      return String.join("\n",
          "# Exam benchmark (" + Instant.now() + ")",
          "",
          "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
              + ", " + System.getProperty("os.name") + "; server and load generator in one JVM, embedded store.",
          n + " candidates, " + questions + " questions each, all at once (up to one connection per candidate).",
          "",
          BenchStats.header(), login.line(), start.line(), save.line(), fetch.line(), submit.line(),
          "",
          "Answers saved per second: " + Math.round(save.perSecond()) + " (" + save.count() + " answers, "
              + save.errors() + " errors); attempts submitted: " + saved + " of " + n + ".",
          "Batching: " + server.services().exams().batchStats() + ".",
          "Server heap in use at the end: "
              + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MiB.",
          "");
    } finally {
      vertx.close().await();
      server.stop();
    }
  }

  /** The candidates' accounts and the exam (over the seed bank loaded at first start), through the services. */
  private static String prepare(Server server, int n, int questions) throws Exception {
    var services = server.services();
    List<Future<?>> users = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      users.add(services.accounts().create(new NewUser("bench" + i, "压测考生" + i, Role.LEARNER, "市司法局", PASSWORD, true),
          System.currentTimeMillis()));
    }
    Future.all(users).await();
    SessionUser trainer = new SessionUser("bench", "admin", "管理员", Role.ADMIN, "市司法局", "", Long.MAX_VALUE);
    JsonObject body = new JsonObject().put("title", "压测考试").put("timeLimitSeconds", 3600).put("passScore", 60)
        .put("questionCount", questions).put("maxAttempts", 1);
    return services.exams().exams().create(trainer, body, System.currentTimeMillis()).await().id();
  }

  /** One simulated candidate: a cookie session, the CSRF token, the paper. */
  private static final class Candidate {
    private final String username;
    private final WebClientSession http;
    private String csrf;
    private String attemptId;
    private List<JsonObject> paper = List.of();

    Candidate(String username, WebClientSession http) {
      this.username = username;
      this.http = http;
    }

    Future<Void> login(BenchStats stats) {
      long t0 = System.nanoTime();
      return http.post("/api/session").sendJsonObject(new JsonObject().put("username", username).put("password", PASSWORD))
          .map(r -> {
            stats.record(t0, System.nanoTime(), r.statusCode() == 200);
            csrf = r.bodyAsJsonObject().getString("csrfToken");
            return null;
          });
    }

    Future<Void> start(BenchStats stats, String examId) {
      long t0 = System.nanoTime();
      return http.post("/api/exams/" + examId + "/attempts").putHeader("X-CSRF-Token", csrf).sendJsonObject(new JsonObject())
          .map(r -> {
            stats.record(t0, System.nanoTime(), r.statusCode() == 201);
            JsonObject a = r.bodyAsJsonObject();
            attemptId = a.getString("attemptId");
            paper = a.getJsonArray("questions").stream().map(o -> (JsonObject) o).toList();
            return null;
          });
    }

    Future<Void> answerAll(BenchStats stats, int from, int to) {
      Future<Void> chain = Future.succeededFuture();
      for (int i = from; i < to; i++) {
        JsonObject q = paper.get(i);
        String key = q.getJsonArray("options").getJsonObject(i % 2).getString("key");
        chain = chain.compose(v -> {
          long t0 = System.nanoTime();
          return http.put("/api/attempts/" + attemptId + "/answers/" + q.getString("id")).putHeader("X-CSRF-Token", csrf)
              .sendJsonObject(new JsonObject().put("choice", new JsonArray().add(key)))
              .map(r -> record(stats, t0, r));
        });
      }
      return chain;
    }

    Future<Void> fetch(BenchStats stats) {
      long t0 = System.nanoTime();
      return http.get("/api/attempts/" + attemptId).send().map(r -> record(stats, t0, r));
    }

    Future<Void> submit(BenchStats stats) {
      long t0 = System.nanoTime();
      return http.post("/api/attempts/" + attemptId + "/submit").putHeader("X-CSRF-Token", csrf)
          .sendJsonObject(new JsonObject()).map(r -> record(stats, t0, r));
    }

    private static Void record(BenchStats stats, long t0, HttpResponse<Buffer> r) {
      stats.record(t0, System.nanoTime(), r.statusCode() == 200);
      return null;
    }
  }
}
