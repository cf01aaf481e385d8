package org.xuefa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A load run as Markdown: a header naming the machine and the target, the per-operation table, and findings. */
public final class LoadReport {

  static final double TARGET_SAVES_PER_SECOND = 3000;
  static final long TARGET_SAVE_P99_NANOS = 20_000_000;
  static final long TARGET_START_NANOS = 5_000_000_000L;
  static final long TARGET_RSS_BYTES = 512L * 1024 * 1024;

  private LoadReport() {}

  /** What the wait for a quiet server after the warm-ups came to. */
  static String settled(Quiet.Waited w) {
    if (w.millis() == 0) {
      return "";
    }
    return w.quiet()
        ? String.format(Locale.ROOT, "; each followed by a wait until the server and this tool were idle (their compilers done), the last %.1f s",
            w.millis() / 1000.0)
        : String.format(Locale.ROOT, "; the server or this tool was still busy (a compiler, most likely) %.0f s after the last", w.millis() / 1000.0);
  }

  public static String markdown(LoadResult r) {
    LoadOptions o = r.options();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "### Exam day: %d candidates × %d questions, %d connections%n%n",
        o.candidates(), o.questions(), o.connections()));
    sb.append("Measured ").append(r.machine().describe()).append(".  \n");
    sb.append("Target: `").append(r.target()).append("`");
    sb.append(o.url().isEmpty() ? " (embedded store in a fresh folder); the load tool runs on the same cores." : ".");
    sb.append(o.warmupRounds() == 0 ? " No warm-up: a cold server." : " Measured after " + o.warmupRounds()
        + " unrecorded warm-up exam" + (o.warmupRounds() > 1 ? "s" : "") + " by the same candidates (logins: once, cold)"
        + settled(r.settled()) + ".");
    if (!o.note().isBlank()) {
      sb.append("  \nNote: ").append(o.note());
    }
    sb.append("\n\n");
    table(sb, r.operations());
    sb.append('\n');
    if (!r.phases().isEmpty()) {
      phases(sb, r.phases());
      sb.append('\n');
    }
    for (String finding : findings(r)) {
      sb.append("- ").append(finding).append('\n');
    }
    return sb.toString();
  }

  static void table(StringBuilder sb, List<OperationStats> ops) {
    sb.append("| operation | count | req/s | p50 ms | p99 ms | max ms | errors |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (OperationStats s : ops) {
      sb.append("| ").append(s.operation().label())
          .append(" | ").append(String.format(Locale.ROOT, "%,d", s.count()))
          .append(" | ").append(Format.rate(s.perSecond()))
          .append(" | ").append(Format.ms(s.p50Nanos()))
          .append(" | ").append(Format.ms(s.p99Nanos()))
          .append(" | ").append(Format.ms(s.maxNanos()))
          .append(" | ").append(s.errorCount())
          .append(" |\n");
    }
  }

  /** The measured exam phase by phase, with the server CPU per request, which neighbours' load distorts least. */
  static void phases(StringBuilder sb, List<PhaseClock.Phase> phases) {
    sb.append("| phase | wall | requests | server CPU per request |\n");
    sb.append("|---|---:|---:|---:|\n");
    for (PhaseClock.Phase p : phases) {
      sb.append("| ").append(p.name())
          .append(" | ").append(Format.seconds(p.wallNanos()))
          .append(" | ").append(String.format(Locale.ROOT, "%,d", p.requests()))
          .append(" | ").append(p.serverCpuMsPerRequest().map(ms -> String.format(Locale.ROOT, "%.2f ms", ms)).orElse("–"))
          .append(" |\n");
    }
  }

  static List<String> findings(LoadResult r) {
    List<String> out = new ArrayList<>();
    r.stats(Operation.SAVE).ifPresent(s -> out.add(String.format(Locale.ROOT,
        "Answer saves: %,d at **%s/s** (first save sent to last save answered, %s).",
        s.count(), Format.rate(s.perSecond()), Format.seconds(s.windowNanos()))));
    String start = r.stats(Operation.START)
        .map(s -> String.format(Locale.ROOT, "%,d attempts started within %s of the release", s.count() - s.errorCount(),
            Format.seconds(s.windowNanos())))
        .orElse("no attempt started");
    out.add(String.format(Locale.ROOT,
        "Synchronized start: %s; %d of %d candidates logged in, %d submitted; exam day took %s "
            + "(%,d candidate requests, %s req/s overall). Start, paper fetch and submit are bursts of all candidates at "
            + "once, each rate is count ÷ (first sent to last answered); saves are a closed loop, no think time.",
        start, r.candidatesReady(), r.options().candidates(), r.candidatesSubmitted(), Format.seconds(r.scenarioNanos()),
        r.loadRequests(), Format.rate(r.loadRequests() / Math.max(r.scenarioNanos() / 1e9, 1e-9))));
    out.add(server(r));
    out.add(errors(r));
    out.add(PeerComparison.line(r));
    out.add(targets(r));
    return out;
  }

  private static String server(LoadResult r) {
    StringBuilder sb = new StringBuilder("Server: ");
    sb.append(r.serverRssBytes().map(b -> "peak RSS **" + Format.mib(b) + "** (VmRSS sampled every "
        + RssSampler.PERIOD_MS + " ms, setup included)").orElse("RSS not measured (give --server-pid with --url)"));
    double seconds = r.scenarioNanos() / 1e9;
    r.serverCpuNanos().ifPresent(c -> sb.append(String.format(Locale.ROOT,
        "; CPU %.1f s during the exam day (%.2f cores busy)", c / 1e9, c / 1e9 / Math.max(seconds, 1e-9))));
    r.benchCpuNanos().ifPresent(c -> sb.append(String.format(Locale.ROOT,
        "; the load tool's own CPU %.1f s (%.2f cores)", c / 1e9, c / 1e9 / Math.max(seconds, 1e-9))));
    return sb.append('.').toString();
  }

  static String errors(LoadResult r) {
    if (r.errors() == 0) {
      return "Errors: none.";
    }
    List<String> parts = new ArrayList<>();
    for (OperationStats s : r.operations()) {
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(s.errors()).entrySet()) {
        parts.add(s.operation().label() + ": " + e.getKey() + " ×" + e.getValue());
      }
    }
    return "Errors: **" + r.errors() + "** — " + String.join("; ", parts) + ".";
  }

  /** The targets that this run's shape can speak to, each marked met or missed. */
  static String targets(LoadResult r) {
    List<String> parts = new ArrayList<>();
    LoadOptions o = r.options();
    if (o.connections() == 128) {
      double rate = r.stats(Operation.SAVE).map(OperationStats::perSecond).orElse(0.0);
      parts.add(mark(r.loadErrors() == 0 && rate >= TARGET_SAVES_PER_SECOND)
          + " no errors and ≥ 3,000 saves/s at 128 connections");
    }
    if (o.connections() <= 16) {
      long p99 = r.stats(Operation.SAVE).map(OperationStats::p99Nanos).orElse(Long.MAX_VALUE);
      parts.add(mark(p99 < TARGET_SAVE_P99_NANOS) + " save p99 < 20 ms at 16 connections");
    }
    if (o.candidates() >= 500) {
      boolean ok = r.stats(Operation.START).map(s -> s.errorCount() == 0 && s.windowNanos() < TARGET_START_NANOS).orElse(false);
      parts.add(mark(ok && r.loadErrors() == 0) + " 500 started together within 5 s, no errors");
    }
    r.serverRssBytes().ifPresent(b -> parts.add(mark(b < TARGET_RSS_BYTES) + " server RSS < 512 MiB"));
    return "Targets (issue 5): " + (parts.isEmpty() ? "none apply to this shape" : String.join("; ", parts)) + ".";
  }

  private static String mark(boolean met) {
    return met ? "met:" : "**missed**:";
  }
}
