package org.xuefa.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.xuefa.config.Config;
import org.xuefa.server.Server;

/** {@code serve [--demo]}: starts a node and keeps running until the process is stopped. */
final class ServeCommand {

  private final Config config;
  private final PrintStream out;

  ServeCommand(Config config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of("demo"));
    if (!args.positional().isEmpty()) {
      throw new UsageException("serve takes no arguments");
    }
    Server server;
    try {
      server = Server.start(config, args.flag("demo"), out).await();
    } catch (Exception e) {
      throw new CommandFailed("server did not start: " + Cli.rootMessage(e));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.stop();
      } catch (Exception ignored) {
        // Shutting down anyway; the store commits on every write, so nothing acknowledged is lost.
      }
    }, "xuefa-shutdown"));
    return Cli.KEEP_RUNNING;
  }
}
