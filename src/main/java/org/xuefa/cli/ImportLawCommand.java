package org.xuefa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

  /** An article line: what every statute has and a folder's README or notes file has not. */
  private static final Pattern ARTICLE = Pattern.compile("(?m)^[#>*\\s\u3000]*第[一二三四五六七八九十百千零〇两]+条");

  private final Config config;
  private final PrintStream out;
  private final PrintStream err;

  ImportLawCommand(Config config, PrintStream out, PrintStream err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of());
    if (args.positional().isEmpty()) {
      throw new UsageException("import-law needs one or more statute files");
    }
    List<LawSource> sources = statutesOnly(read(args.positional()));
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

  /**
   * Leaves out files without a single article, such as the README beside the statutes, so that
   * {@code import-law laws/*.md} works; a statute whose structure is broken still stops the import.
   */
  private List<LawSource> statutesOnly(List<LawSource> sources) {
    List<LawSource> statutes = new ArrayList<>();
    for (LawSource s : sources) {
      if (ARTICLE.matcher(new String(s.bytes(), StandardCharsets.UTF_8)).find()) {
        statutes.add(s);
      } else {
        err.println("skipped " + s.fileName() + ": no article (第X条) in it, so it is not a statute");
      }
    }
    if (statutes.isEmpty()) {
      throw new CommandFailed("no statute among the files: none has an article (第X条); nothing imported");
    }
    return statutes;
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
