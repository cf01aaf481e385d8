package org.xuefa.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.xuefa.config.Config;
import org.xuefa.question.ImportResult;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionFile;
import org.xuefa.question.QuestionImport;
import org.xuefa.question.QuestionRules;
import org.xuefa.question.SourceRefs;
import org.xuefa.tabular.ImportRejected;

/**
 * {@code import-questions FILE}: checks the whole file before touching the store (a bad file fails
 * even while a server holds it), then writes every question or, on any bad row, none.
 */
final class ImportQuestionsCommand {

  private final Config config;
  private final PrintStream out;

  ImportQuestionsCommand(Config config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  int run(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of());
    if (args.positional().size() != 1) {
      throw new UsageException("import-questions needs exactly one FILE (.csv or .xlsx)");
    }
    Path file = Path.of(args.positional().get(0));
    List<Question> questions;
    try {
      questions = QuestionImport.parse(new QuestionRules(SourceRefs.standard()), file.getFileName().toString(),
          read(file));
    } catch (ImportRejected e) {
      int n = e.errors().size();
      throw new CommandFailed(file + " " + e.errors().get(0) + " (" + n + (n == 1 ? " error" : " errors")
          + "; nothing imported)");
    }
    ImportResult result = StoreSession.with(config, services -> services.questions().repository()
        .upsertAll(questions, "cli", System.currentTimeMillis()));
    out.println(result.summary());
    return 0;
  }

  private static byte[] read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new CommandFailed("cannot read " + file + ": no such file");
      }
      if (Files.size(file) > QuestionFile.MAX_BYTES) {
        throw new CommandFailed(file + " is too large (at most " + QuestionFile.MAX_BYTES / 1024 / 1024 + " MB)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CommandFailed("cannot read " + file + ": " + e.getMessage());
    }
  }
}
