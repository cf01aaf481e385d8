package org.xuefa.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a load run does: against which server (a URL, or none to start one in a child JVM), how many
 * candidates over how many connections, and how large a paper.
 *
 * @param url a running server's base URL; empty: start one and measure its memory
 * @param connections the HTTP connection pool's size
 * @param serverPid a running server's process id, to sample its memory when {@code url} is given
 * @param serverJvmOptions options for the child JVM; {@code -Xmx256m} by default, as the README deploys it
 * @param note free text for the results header (e.g. what else was running on the machine)
 * @param warmupRounds unrecorded rounds of the same exam day before the measured one
 */
public record LoadOptions(
    Optional<String> url,
    int candidates,
    int connections,
    int questions,
    Optional<Path> out,
    Optional<String> adminPassword,
    Optional<Long> serverPid,
    List<String> serverJvmOptions,
    String note,
    int warmupRounds,
    int timeLimitSeconds,
    int setupConcurrency,
    long requestTimeoutMillis) {

  public static final int DEFAULT_CANDIDATES = 128;
  public static final int DEFAULT_QUESTIONS = 20;
  /** A few rounds let the JIT compile the hot paths; the measured round then shows a server that has been running. */
  public static final int DEFAULT_WARMUP_ROUNDS = 3;
  /**
   * The JVM options the README deploys a two-core node with: a heap of its own size (the default on a
   * large machine is a quarter of its memory), the serial collector (no concurrent threads competing
   * for the two cores) and only the quick C1 compiler (C2 went on compiling for minutes of exam days,
   * a core's worth, and the C1 code served more with less memory in every measured run).
   */
  public static final List<String> DEFAULT_SERVER_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  /** Long enough that no deadline falls inside a run. */
  public static final int DEFAULT_TIME_LIMIT_SECONDS = 3 * 60 * 60;
  /** Account creation hashes a password per call: a few in flight keep both cores busy without a queue. */
  public static final int DEFAULT_SETUP_CONCURRENCY = 8;
  public static final long DEFAULT_REQUEST_TIMEOUT_MS = 120_000;

  public LoadOptions {
    url = url.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    serverJvmOptions = List.copyOf(serverJvmOptions);
    note = note == null ? "" : note;
  }

  /** The defaults of {@code bench load}: 128 candidates, one connection each, 20 questions, own server. */
  public static LoadOptions defaults() {
    return new LoadOptions(Optional.empty(), DEFAULT_CANDIDATES, DEFAULT_CANDIDATES, DEFAULT_QUESTIONS,
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "", DEFAULT_WARMUP_ROUNDS, DEFAULT_TIME_LIMIT_SECONDS,
        DEFAULT_SETUP_CONCURRENCY, DEFAULT_REQUEST_TIMEOUT_MS);
  }

  public LoadOptions withUrl(String u) {
    return new LoadOptions(Optional.of(u), candidates, connections, questions, out, adminPassword, serverPid,
        serverJvmOptions, note, warmupRounds, timeLimitSeconds, setupConcurrency, requestTimeoutMillis);
  }

  public LoadOptions withScenario(int candidates, int connections, int questions) {
    return new LoadOptions(url, candidates, connections, questions, out, adminPassword, serverPid,
        serverJvmOptions, note, warmupRounds, timeLimitSeconds, setupConcurrency, requestTimeoutMillis);
  }

  public LoadOptions withWarmup(int rounds) {
    return new LoadOptions(url, candidates, connections, questions, out, adminPassword, serverPid,
        serverJvmOptions, note, rounds, timeLimitSeconds, setupConcurrency, requestTimeoutMillis);
  }

  public LoadOptions withAdminPassword(String password) {
    return new LoadOptions(url, candidates, connections, questions, out, Optional.of(password), serverPid,
        serverJvmOptions, note, warmupRounds, timeLimitSeconds, setupConcurrency, requestTimeoutMillis);
  }
}
