package org.xuefa.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.xuefa.config.Config;
import org.xuefa.store.ContentVersion;

/**
 * {@code reindex}: rebuilds this data folder's search index from the store and the content folders,
 * and moves the content version so that running nodes rebuild theirs too.
 */
final class ReindexCommand {

  private final Config config;
  private final PrintStream out;

  ReindexCommand(Config config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of());
    if (!args.positional().isEmpty()) {
      throw new UsageException("reindex takes no arguments");
    }
    int docs = StoreSession.with(config, services -> new ContentVersion(services.store().mongo()).bump()
        .compose(v -> services.search().rebuild()));
    out.println("search index rebuilt: " + docs + " passages; running servers rebuild theirs within seconds");
    return 0;
  }
}
