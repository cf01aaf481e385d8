package org.xuefa.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xuefa.cli.Args;
import org.xuefa.cli.CommandFailed;
import org.xuefa.cli.UsageException;
import org.xuefa.config.Config;
import org.xuefa.search.SearchBench;

/** {@code bench load|exam|search}: the benchmarks that ship with Xuefa, their options and their output. */
public final class BenchCommand {

  public static final String USAGE_LINE =
      "  bench load|exam|search [OPTIONS]    exam-day load (N candidates at once), search latency; bench help";

  static final String USAGE = String.join("\n",
      "usage: bench load [OPTIONS]    exam day: N candidates log in, start together, answer, reload, submit",
      "       bench exam [OPTIONS]    the same, small: 32 candidates, 10 questions",
      "       bench search LAWS_DIR [--rounds N] [--out FILE]   search index build and query latency",
      "options: --url URL             a running server (else one is started in a child JVM and its memory measured)",
      "         --admin-password P    the server's admin password (default: XUEFA_ADMIN_PASSWORD)",
      "         --candidates N        candidates (default 128)      --connections C   HTTP pool size (default N)",
      "         --questions Q         questions per paper (default 20)",
      "         --warmup R            unrecorded warm-up exams before the measured one (default 3), each followed",
      "                               by a wait until the server and this tool are idle (their JIT compilers done)",
      "         --out FILE            append the results table (Markdown) to FILE",
      "         --server-pid PID      with --url: the server's process, to sample its memory",
      "         --server-jvm \"OPTS\"   JVM options for the started server (default \"-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1\", as the README deploys it)",
      "         --note TEXT           a line for the results header (what else ran on the machine)");

  static final int EXAM_CANDIDATES = 32;
  static final int EXAM_QUESTIONS = 10;

  private static final Set<String> VALUED = Set.of("url", "candidates", "connections", "questions", "out",
      "admin-password", "server-pid", "server-jvm", "note", "warmup");

  private final Config config;
  private final PrintStream out;
  private final PrintStream err;

  public BenchCommand(Config config, PrintStream out, PrintStream err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  public int run(List<String> argv) {
    if (argv.isEmpty()) {
      throw new UsageException("bench needs load, exam or search\n" + USAGE);
    }
    List<String> rest = argv.subList(1, argv.size());
    return switch (argv.get(0)) {
      case "load" -> load(options(rest, LoadOptions.DEFAULT_CANDIDATES, LoadOptions.DEFAULT_QUESTIONS));
      case "exam" -> load(options(rest, EXAM_CANDIDATES, EXAM_QUESTIONS));
      case "search" -> search(rest);
      case "help", "--help", "-h" -> {
        out.println(USAGE);
        yield 0;
      }
      default -> throw new UsageException("unknown bench " + argv.get(0) + "\n" + USAGE);
    };
  }

  LoadOptions options(List<String> argv, int defaultCandidates, int defaultQuestions) {
    Args args = Args.parse(argv, VALUED, Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("unexpected " + args.positional().get(0) + "\n" + USAGE);
    }
    int candidates = number(args, "candidates", defaultCandidates, 1, 20_000);
    LoadOptions d = LoadOptions.defaults();
    return new LoadOptions(
        args.option("url").map(BenchCommand::checkUrl),
        candidates,
        number(args, "connections", candidates, 1, 20_000),
        number(args, "questions", defaultQuestions, 1, 200),
        args.option("out").map(Path::of),
        args.option("admin-password").or(config::adminPassword),
        args.option("server-pid").map(v -> (long) number(args, "server-pid", 0, 1, Integer.MAX_VALUE)),
        args.option("server-jvm").map(v -> v.isBlank() ? List.<String>of() : Arrays.asList(v.trim().split("\\s+")))
            .orElse(LoadOptions.DEFAULT_SERVER_JVM),
        args.option("note").orElse(""),
        number(args, "warmup", LoadOptions.DEFAULT_WARMUP_ROUNDS, 0, 30),
        d.timeLimitSeconds(), d.setupConcurrency(), d.requestTimeoutMillis());
  }

  private int load(LoadOptions options) {
    LoadResult result = LoadBench.run(options);
    String table = LoadReport.markdown(result);
    out.println(table);
    options.out().ifPresent(file -> append(file, table));
    if (result.loadErrors() > 0) {
      err.println("error: " + result.loadErrors() + " candidate requests went wrong (see the table)");
      return 1;
    }
    return 0;
  }

  /** {@code bench search LAWS_DIR [--out FILE] [--rounds N]}: the search benchmark of {@link SearchBench}. */
  private int search(List<String> argv) {
    Args args = Args.parse(argv, Set.of("out", "rounds"), Set.of());
    if (args.positional().size() != 1) {
      throw new UsageException("bench search needs the folder of statute files (e.g. ../shared/laws)\n" + USAGE);
    }
    Path laws = Path.of(args.positional().get(0));
    if (!Files.isDirectory(laws)) {
      throw new CommandFailed("no such folder: " + laws);
    }
    int rounds = number(args, "rounds", 20, 1, 1000);
    List<String> benchArgs = new java.util.ArrayList<>(List.of(laws.toString()));
    benchArgs.add(args.option("out").orElse(""));
    benchArgs.add(Integer.toString(rounds));
    if (benchArgs.get(1).isEmpty()) {
      benchArgs.set(1, tempResult().toString());
    }
    try {
      SearchBench.main(benchArgs.toArray(String[]::new));
    } catch (IOException e) {
      throw new CommandFailed("search benchmark failed: " + e.getMessage());
    }
    return 0;
  }

  /** SearchBench writes its result file when given one; without --out that copy goes to a temporary file. */
  private static Path tempResult() {
    try {
      Path f = Files.createTempFile("xuefa-search-bench", ".txt");
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new CommandFailed("cannot create a temporary file: " + e.getMessage());
    }
  }

  private static void append(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new CommandFailed("cannot append the results to " + file + ": " + e.getMessage());
    }
  }

  private static String checkUrl(String url) {
    if (!url.matches("http://[^/\\s:]+(:\\d{1,5})?/?")) {
      throw new UsageException("--url must look like http://127.0.0.1:8080, got " + url);
    }
    return url;
  }

  private static int number(Args args, String name, int dflt, int min, int max) {
    Optional<String> v = args.option(name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number, got " + v.get());
    }
  }
}
