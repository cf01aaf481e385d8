package org.xuefa.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.bench.BenchCommand;
import org.xuefa.config.Config;
import org.xuefa.config.ConfigException;
import org.xuefa.store.StoreException;
import org.xuefa.web.HttpFailure;

/** Dispatches {@code COMMAND [OPTIONS]} and maps outcomes to exit statuses 0, 1 and 2. */
public final class Cli {

  /** Returned by commands that keep running (serve, store) once they have started. */
  public static final int KEEP_RUNNING = -1;

  static final String USAGE = String.join("\n",
      "usage: java -jar xuefa.jar COMMAND [OPTIONS]",
      "  serve [--demo]                      start the HTTP server (--demo: load demo data into an empty store)",
      "  user add --username U --role learner|trainer|admin --unit UNIT [--name NAME] [--password-stdin]",
      "  import-law FILE...                  import statutes (Markdown/plain text with 编/章/节/条)",
      "  import-questions FILE               import a question bank (.csv or .xlsx), all rows or none",
      "  reindex                             rebuild the search index",
      "  store [--port N] [--host H]         run the embedded store alone, for several serve nodes",
      BenchCommand.USAGE_LINE,
      "environment: XUEFA_HTTP_HOST XUEFA_HTTP_PORT XUEFA_DATA_DIR MONGO_URI XUEFA_ADMIN_PASSWORD");

  private static final Logger log = LoggerFactory.getLogger(Cli.class);

  private Cli() {}

  public static int run(String[] argv, PrintStream out, PrintStream err) {
    return run(argv, System.getenv(), System.in, out, err);
  }

  /** Runs a command with the given environment and streams (tests pass their own). */
  public static int run(String[] argv, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    if (argv.length == 0) {
      err.println(USAGE);
      return 2;
    }
    List<String> rest = Arrays.asList(argv).subList(1, argv.length);
    try {
      Config config = Config.from(env);
      return switch (argv[0]) {
        case "serve" -> new ServeCommand(config, out).run(rest);
        case "user" -> new UserCommand(config, in, out).run(rest);
        case "store" -> new StoreCommand(config, out).run(rest);
        case "import-questions" -> new ImportQuestionsCommand(config, out).run(rest);
        case "reindex" -> new ReindexCommand(config, out).run(rest);
        case "import-law" -> new ImportLawCommand(config, out, err).run(rest);
        case "bench" -> new BenchCommand(config, out, err).run(rest);
        case "help", "--help", "-h" -> {
          out.println(USAGE);
          yield 0;
        }
        default -> throw new UsageException("unknown command " + argv[0]);
      };
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (CommandFailed | ConfigException | StoreException | HttpFailure e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      log.debug("command failed", e);
      err.println("error: " + rootMessage(e));
      return 1;
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
