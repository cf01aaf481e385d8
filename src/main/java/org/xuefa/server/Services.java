package org.xuefa.server;

import io.vertx.core.Vertx;
import java.util.Set;
import org.xuefa.account.AccountService;
import org.xuefa.account.LoginThrottle;
import org.xuefa.account.PasswordHasher;
import org.xuefa.account.Sessions;
import org.xuefa.account.UnitRepository;
import org.xuefa.account.UserRepository;
import org.xuefa.config.Config;
import org.xuefa.content.TopicLibrary;
import org.xuefa.exam.Exams;
import org.xuefa.store.ContentVersion;
import org.xuefa.law.LawEvents;
import org.xuefa.law.LawImportService;
import org.xuefa.law.LawRepository;
import org.xuefa.progress.ProgressService;
import org.xuefa.question.QuestionBank;
import org.xuefa.question.QuestionServices;
import org.xuefa.report.Report;
import org.xuefa.report.ReportParser;
import org.xuefa.search.LawSearchSource;
import org.xuefa.search.QuestionSearchSource;
import org.xuefa.search.ReportSearchSource;
import org.xuefa.search.SearchService;
import org.xuefa.search.TopicSearchSource;
import org.xuefa.store.Store;
import org.xuefa.web.Blocking;
import org.xuefa.web.ReadingRecorder;

/** The plain objects one server process shares between its HTTP verticle instances. */
public record Services(
    Vertx vertx,
    Config config,
    Store store,
    Blocking blocking,
    Sessions sessions,
    UserRepository users,
    UnitRepository units,
    AccountService accounts,
    QuestionBank questionBank,
    QuestionServices questions,
    SearchService search,
    LawRepository laws,
    LawEvents lawEvents,
    LawImportService lawImport,
    Report report,
    TopicLibrary topics,
    ProgressService progress,
    Exams exams) {

  /** Wires the services over a connected store. */
  public static Services create(Vertx vertx, Config config, Store store) {
    Blocking blocking = new Blocking(vertx, Math.max(2, Runtime.getRuntime().availableProcessors()));
    Sessions sessions = new Sessions(store.mongo());
    UserRepository users = new UserRepository(store.mongo());
    UnitRepository units = new UnitRepository(store.mongo());
    AccountService accounts = new AccountService(users, units, sessions, new LoginThrottle(store.mongo()),
        new PasswordHasher(blocking));
    LawRepository laws = new LawRepository(store.mongo());
    LawEvents lawEvents = new LawEvents();
    LawImportService lawImport = new LawImportService(laws, lawEvents, new ContentVersion(store.mongo()), blocking);
    // read once before the first request: the seed report and a dozen small topic files; a broken
    // topic fails the start here with the file's name
    Report report = ReportParser.loadDefault();
    TopicLibrary topics = TopicLibrary.load(report);
    ProgressService progress = new ProgressService(store.mongo(), report, topics);
    QuestionServices questions = QuestionServices.create(store.mongo(), blocking, report);
    // A statute re-imported with changed or removed articles sends the questions citing them to review.
    lawEvents.subscribe(e -> questions.review()
        .flagForLawChange(e.slug(), Set.copyOf(e.changedArticles()), Set.copyOf(e.removedArticles())).mapEmpty());
    SearchService search = SearchService.open(store.mongo(), blocking, config.dataDir().resolve("index"))
        .register(new ReportSearchSource(report))
        .register(new TopicSearchSource(topics))
        .register(new LawSearchSource(laws))
        .register(new QuestionSearchSource(questions.bank()));
    Exams exams = new Exams(store.mongo(), questions.bank(), units, accounts,
        new QuestionStatsRecorder(questions.stats()));
    return new Services(vertx, config, store, blocking, sessions, users, units, accounts, questions.bank(), questions,
        search, laws, lawEvents, lawImport, report, topics, progress, exams);
  }

  /** Who records what a person opened to study. */
  public ReadingRecorder reading() {
    return progress;
  }
}
