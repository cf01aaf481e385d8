package org.xuefa.question;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.resources.Classpath;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.web.Blocking;

/**
 * The bank shipped in {@code seeds/questions/}: on a first start (no questions stored) every {@code .csv}
 * file there, in name order, goes through the same import as a trainer's upload. A broken seed stops
 * the start.
 */
public final class SeedQuestions {

  public static final String FOLDER = "seeds/questions";
  static final String BY = "seed";

  private SeedQuestions() {}

  /**
   * Imports the seeds when the bank is empty, or when a start died while importing them (the marker
   * says so: the store has no transactions, so a crash can leave part of the seeds written). Answers
   * how many questions were imported (0 if none).
   */
  public static Future<Integer> loadIfEmpty(QuestionServices questions, Blocking blocking) {
    QuestionRepository repository = questions.repository();
    return Future.all(repository.count(), repository.seedState()).compose(state -> {
      long count = state.resultAt(0);
      String seed = state.resultAt(1);
      if (count > 0 && !QuestionRepository.SEED_STARTED.equals(seed)) {
        return Future.succeededFuture(0);
      }
      return repository.setSeedState(QuestionRepository.SEED_STARTED)
          .compose(v -> blocking.run(() -> parseAll(questions.rules())))
          .compose(all -> repository.upsertAll(all, BY, System.currentTimeMillis()))
          .compose(r -> repository.setSeedState(QuestionRepository.SEED_DONE).map(r.imported()));
    });
  }

  /** Every seed question, checked; blocking (reads the classpath). */
  public static List<Question> parseAll(QuestionRules rules) {
    List<Question> all = new ArrayList<>();
    Map<String, String> fileOfId = new HashMap<>();
    for (Classpath.Resource seed : Classpath.folder(FOLDER, ".csv")) {
      String file = seed.name();
      List<Question> questions;
      try {
        questions = QuestionImport.parse(rules, file, seed.bytes());
      } catch (ImportRejected e) {
        throw new IllegalStateException("seed file " + FOLDER + "/" + file + " is broken: " + e.errors().get(0)
            + " (" + e.errors().size() + " errors)");
      }
      for (Question q : questions) {
        String earlier = fileOfId.putIfAbsent(q.id(), file);
        if (earlier != null) {
          throw new IllegalStateException("seed question " + q.id() + " is in both " + earlier + " and " + file);
        }
      }
      all.addAll(questions);
    }
    return all;
  }

  /** The seed file names, in the order they are imported. */
  public static List<String> files() {
    return Classpath.folder(FOLDER, ".csv").stream().map(Classpath.Resource::name).toList();
  }
}
