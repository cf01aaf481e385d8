package org.xuefa.question;

import io.vertx.ext.mongo.MongoClient;
import java.time.Clock;
import java.util.stream.Collectors;
import org.xuefa.report.Paragraph;
import org.xuefa.report.Report;
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

  /** Sources are checked against the report the server shows, so a cited paragraph always exists there. */
  public static QuestionServices create(MongoClient mongo, Blocking blocking, Report report) {
    Clock clock = Clock.systemUTC();
    QuestionRepository repository = new QuestionRepository(mongo);
    QuestionRules rules = new QuestionRules(new SourceRefs(report.paragraphs().stream().map(Paragraph::id)
        .collect(Collectors.toSet())));
    QuestionStats stats = new QuestionStats(mongo);
    return new QuestionServices(repository, new CachedQuestionBank(repository), rules,
        new QuestionImport(rules, repository, blocking), new QuestionService(rules, repository, stats, clock),
        new QuestionReview(repository, clock), stats);
  }
}
