package org.xuefa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xuefa.config.Config;
import org.xuefa.law.LawImportRejected;
import org.xuefa.law.LawImportService;
import org.xuefa.law.LawImported;
import org.xuefa.law.LawSource;

/**
 * {@code import-law FILE...}: imports statutes into the store, all files or none; servers notice the
 * raised content version and rebuild their search index.
 */
final class ImportLawCommand {

  private final Config config;
  private final PrintStream out;

  ImportLawCommand(Config config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of());
    if (args.positional().isEmpty()) {
      throw new UsageException("import-law needs one or more statute files");
    }
    List<LawSource> sources = read(args.positional());
    LawImportService.Result result;
    try {
      result = StoreSession.with(config, services -> services.lawImport().importFiles(sources));
    } catch (LawImportRejected e) {
      throw new CommandFailed(e.getMessage());
    }
    for (LawImported law : result.laws()) {
      out.println("imported " + law.slug() + " " + law.title() + ": " + law.articleCount() + " articles ("
          + (law.added() ? "new" : law.changedArticles().size() + " changed, " + law.removedArticles().size() + " removed")
          + ")");
    }
    out.println("content version " + result.contentVersion() + ": running servers rebuild their search index"
        + " within seconds; a server started later builds it at start");
    return 0;
  }

  /** Reads every file before the store is touched, so a missing one stops the import with nothing written. */
  private static List<LawSource> read(List<String> names) {
    List<LawSource> sources = new ArrayList<>();
    for (String name : names) {
      Path file = Path.of(name);
      try {
        if (Files.isDirectory(file)) {
          throw new CommandFailed(name + ": is a folder, not a statute file (nothing imported)");
        }
        sources.add(new LawSource(file.getFileName().toString(), Files.readAllBytes(file)));
      } catch (NoSuchFileException e) {
        throw new CommandFailed(name + ": no such file (nothing imported)");
      } catch (IOException e) {
        throw new CommandFailed(name + ": cannot read: " + e.getMessage() + " (nothing imported)");
      }
    }
    return sources;
  }
}
