package org.xuefa.question;

import io.vertx.ext.mongo.MongoClient;
import java.time.Clock;
import org.xuefa.web.Blocking;

/** The question bank's objects, built once per process over the store and shared by all listeners. */
public record QuestionServices(
    QuestionRepository repository,
    CachedQuestionBank bank,
    QuestionRules rules,
    QuestionImport importer,
    QuestionService service,
    QuestionReview review,
    QuestionStats stats) {

  public static QuestionServices create(MongoClient mongo, Blocking blocking) {
    Clock clock = Clock.systemUTC();
    QuestionRepository repository = new QuestionRepository(mongo);
    QuestionRules rules = new QuestionRules(SourceRefs.standard());
    QuestionStats stats = new QuestionStats(mongo);
    return new QuestionServices(repository, new CachedQuestionBank(repository), rules,
        new QuestionImport(rules, repository, blocking), new QuestionService(rules, repository, stats, clock),
        new QuestionReview(repository, clock), stats);
  }
}
