package org.xuefa.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.xuefa.config.Config;
import org.xuefa.store.EmbeddedStore;

/** {@code store [--port N] [--host H]}: the embedded store alone, for several serve nodes to share. */
final class StoreCommand {

  private final Config config;
  private final PrintStream out;

  StoreCommand(Config config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of("port", "host"), Set.of());
    int port;
    try {
      port = Integer.parseInt(args.option("port").orElse("27017"));
    } catch (NumberFormatException e) {
      throw new UsageException("--port needs a number");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535");
    }
    EmbeddedStore store = EmbeddedStore.open(config.dataDir(), args.option("host").orElse("127.0.0.1"), port);
    Runtime.getRuntime().addShutdownHook(new Thread(store::close, "xuefa-store-shutdown"));
    out.println("store listening on " + store.connectionString() + " (data: " + config.dataDir() + ")");
    out.println("start nodes with MONGO_URI=" + store.connectionString() + "/xuefa");
    out.flush();
    return Cli.KEEP_RUNNING;
  }
}
