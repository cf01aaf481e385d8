package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Exam day against one server: as admin, create the candidates and exams for their unit; log every
 * candidate in; let them sit unrecorded warm-up exams (a server on exam day has been running, its code
 * compiled); then the measured exam, whose start, paper load and submit are bursts of all candidates.
 * Runs on the Vert.x context it is started on, so candidate state needs no locks; the HTTP pool holds
 * {@code connections} connections and queues the rest.
 */
public final class LoadScenario {

  /** The unit the bench accounts belong to, so that they are easy to find and remove on a real server. */
  public static final String UNIT = "压力测试（bench）";

  /** The longest wait for the server to go quiet after a warm-up exam. */
  static final long SETTLE_MAX_MS = 30_000;

  private final Vertx vertx;
  private final LoadOptions options;
  private final URI base;
  private final String adminPassword;
  private final Optional<Long> serverPid;
  private final Recorders recorders = new Recorders();
  private final String runId = UUID.randomUUID().toString().substring(0, 8);
  private final String password = "bench-" + UUID.randomUUID();
  private HttpClient client;
  private MachineInfo machine;

  /** {@code serverPid}, when known, lets the run report the server's CPU time during the measured exam. */
  public LoadScenario(Vertx vertx, LoadOptions options, String baseUrl, String adminPassword, Optional<Long> serverPid) {
    this.vertx = vertx;
    this.options = options;
    this.base = URI.create(baseUrl);
    this.adminPassword = adminPassword;
    this.serverPid = serverPid;
  }

  /** Runs the scenario; fails only when the setup cannot be done (admin login, exam creation). */
  public Future<LoadResult> run() {
    machine = MachineInfo.current();
    client = vertx.createHttpClient(new HttpClientOptions()
            .setDefaultHost(base.getHost()).setDefaultPort(base.getPort() < 0 ? 80 : base.getPort())
            .setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(options.connections()).setMaxWaitQueueSize(-1));
    BenchSession admin = session();
    return admin.login("admin", adminPassword, new LatencyRecorder())
        .recover(e -> Future.failedFuture(new IllegalStateException("admin login failed (" + e.getMessage()
            + "): give the server's admin password with --admin-password")))
        .compose(v -> createCandidates(admin))
        .compose(candidates -> createExams(admin, options.warmupRounds() + 1)
            .compose(exams -> loginAll(candidates)
                .compose(ready -> warmUp(ready, exams.subList(0, exams.size() - 1))
                    .compose(settled -> examDay(ready, exams.get(exams.size() - 1), settled)))))
        .onComplete(ar -> client.close());
  }

  private BenchSession session() {
    return new BenchSession(client, options.requestTimeoutMillis());
  }

  private Future<List<Candidate>> createCandidates(BenchSession admin) {
    List<Candidate> created = new ArrayList<>();
    return bounded(options.candidates(), options.setupConcurrency(), i -> {
      String username = String.format(Locale.ROOT, "bench-%s-%04d", runId, i);
      JsonObject user = new JsonObject().put("username", username).put("name", "压测考生" + i)
          .put("role", "learner").put("unit", UNIT).put("password", password);
      return admin.call(recorders.of(Operation.CREATE_ACCOUNT), HttpMethod.POST, "/api/users", user,
              r -> BenchSession.expectJson(r, 201, "username"))
          .map(r -> created.add(new Candidate(session(), username, password, i)))
          .<Void>mapEmpty()
          .otherwiseEmpty();
    }).compose(v -> created.isEmpty()
        ? Future.failedFuture(new IllegalStateException("no candidate account could be created: "
            + recorders.of(Operation.CREATE_ACCOUNT).stats(Operation.CREATE_ACCOUNT).errors()))
        : Future.succeededFuture(created));
  }

  /** Runs {@code task(0..n-1)} with at most {@code limit} in flight; completes when all have. */
  private static Future<Void> bounded(int n, int limit, IntFunction<Future<Void>> task) {
    int[] next = {0};
    List<Future<Void>> workers = new ArrayList<>();
    for (int w = 0; w < Math.min(n, limit); w++) {
      workers.add(worker(next, n, task));
    }
    return Future.all(workers).mapEmpty();
  }

  private static Future<Void> worker(int[] next, int n, IntFunction<Future<Void>> task) {
    if (next[0] >= n) {
      return Future.succeededFuture();
    }
    int i = next[0]++;
    return task.apply(i).compose(v -> worker(next, n, task));
  }

  /** One exam per round (each candidate may sit each once); the last is the measured one. */
  private Future<List<String>> createExams(BenchSession admin, int count) {
    List<String> ids = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int i = 1; i <= count; i++) {
      String title = "压力测试 " + runId + (i < count ? " 预热" + i : "");
      chain = chain.compose(v -> createExam(admin, title).map(ids::add).mapEmpty());
    }
    return chain.map(ids);
  }

  private Future<String> createExam(BenchSession admin, String title) {
    JsonObject exam = new JsonObject()
        .put("title", title)
        .put("timeLimitSeconds", options.timeLimitSeconds())
        .put("passScore", 60)
        .put("questionCount", options.questions())
        .put("tags", new JsonArray())
        .put("maxAttempts", 1)
        .put("units", new JsonArray().add(UNIT));
    return admin.call(recorders.of(Operation.CREATE_EXAM), HttpMethod.POST, "/api/exams", exam,
            r -> BenchSession.expectJson(r, 201, "id"))
        .map(r -> r.bodyAsJsonObject().getString("id"))
        .recover(e -> Future.failedFuture(new IllegalStateException("the exam could not be created: " + e.getMessage())));
  }

  /** Every candidate logs in at once; those who could not are left out of the exam. */
  private Future<List<Candidate>> loginAll(List<Candidate> candidates) {
    List<Candidate> ready = new ArrayList<>();
    return Future.join(candidates.stream()
            .map(c -> c.login(recorders.of(Operation.LOGIN)).map(j -> ready.add(c)).otherwiseEmpty())
            .toList())
        .map(v -> ready);
  }

  /**
   * The warm-up exams, each followed by a wait for the server to go quiet: the compiler's work queued
   * by a round would otherwise take one of the two cores during the next. The last wait is reported.
   */
  private Future<Quiet.Waited> warmUp(List<Candidate> ready, List<String> examIds) {
    Future<Quiet.Waited> chain = Future.succeededFuture(new Quiet.Waited(0, true));
    for (String examId : examIds) {
      chain = chain.compose(v -> examRound(ready, examId, new Recorders(), name -> { }))
          .compose(v -> Quiet.server(vertx, serverPid, SETTLE_MAX_MS));
    }
    return chain;
  }

  /**
   * One exam sat by every candidate. Three steps are bursts, as on exam day: the exam opens (all
   * starts wait on one promise and go out in the same event-loop turn), everyone's paper loads, time
   * is up (all submit together). In between, each candidate answers in a closed loop, no think time.
   */
  private Future<Void> examRound(List<Candidate> ready, String examId, Recorders into, Consumer<String> mark) {
    Promise<Void> go = Promise.promise();
    List<Future<Void>> starts = new ArrayList<>();
    for (Candidate c : ready) {
      starts.add(go.future().compose(v -> c.start(examId, options.questions(), into)));
    }
    go.complete();
    return Future.join(starts)
        .transform(ar -> step(mark, "start burst", () -> everyone(ready, Candidate::fetch)))
        .transform(ar -> step(mark, "paper-fetch burst", () -> everyone(ready, Candidate::answerAll)))
        .transform(ar -> step(mark, "answering (saves, reload)", () -> everyone(ready, Candidate::submit)))
        .transform(ar -> {
          mark.accept("submit burst");
          return Future.<Void>succeededFuture();
        });
  }

  private static Future<Void> step(Consumer<String> mark, String ended, Supplier<Future<Void>> next) {
    mark.accept(ended);
    return next.get();
  }

  /** The step for every candidate whose start succeeded, all sent at once; completes when all are done. */
  private static Future<Void> everyone(List<Candidate> ready, Function<Candidate, Future<Void>> step) {
    return Future.join(ready.stream().filter(Candidate::started).map(step).toList()).mapEmpty();
  }

  private Future<LoadResult> examDay(List<Candidate> ready, String examId, Quiet.Waited settled) {
    long serverCpu0 = serverPid.map(LoadBench::cpuNanos).orElse(-1L);
    long benchCpu0 = LoadBench.cpuNanos(ProcessHandle.current().pid());
    long released = System.nanoTime();
    PhaseClock clock = new PhaseClock(serverPid, recorders);
    return examRound(ready, examId, recorders, clock::mark).transform(ar -> {
      long end = System.nanoTime();
      Optional<Long> serverCpu = serverPid.flatMap(pid -> LoadBench.cpuSince(pid, serverCpu0));
      Optional<Long> benchCpu = LoadBench.cpuSince(ProcessHandle.current().pid(), benchCpu0);
      int submitted = (int) ready.stream().filter(Candidate::submitted).count();
      return Future.succeededFuture(new LoadResult(options, machine, base.toString(), recorders.stats(),
          ready.size(), submitted, end - released, clock.phases(), Optional.empty(), serverCpu, benchCpu, settled));
    });
  }
}
