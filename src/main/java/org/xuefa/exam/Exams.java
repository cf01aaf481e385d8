package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.ext.mongo.MongoClient;
import org.xuefa.account.AccountService;
import org.xuefa.account.UnitRepository;
import org.xuefa.question.QuestionBank;

/** The exam capability's services, wired once per process and shared by every HTTP verticle instance. */
public final class Exams {

  private final QuestionBank bank;
  private final AttemptRepository attempts;
  private final TakerRepository takers;
  private final Certificates certificates;
  private final WrongBook wrongBook;
  private final ExamService exams;
  private final AttemptService attemptService;
  private final OverrideService overrides;
  private final PracticeService practice;
  private final ExpirySweeper sweeper;
  private final ExamStats stats;
  private final CompletionReport completion;
  private final OverrideLog overrideLog;
  private final OpenPapers openPapers;

  public Exams(MongoClient mongo, QuestionBank bank, UnitRepository units, AccountService accounts,
      AnswerRecorder recorder) {
    this.bank = bank;
    ExamRepository examRepository = new ExamRepository(mongo);
    this.stats = new ExamStats(mongo);
    PaperCache cache = new PaperCache();
    this.attempts = new AttemptRepository(mongo);
    this.takers = new TakerRepository(mongo);
    this.certificates = new Certificates(mongo);
    this.wrongBook = new WrongBook(mongo);
    this.overrideLog = new OverrideLog(mongo);
    AttemptCloser closer = new AttemptCloser(attempts, takers, examRepository, stats, certificates, wrongBook, cache,
        recorder);
    this.exams = new ExamService(examRepository, takers, stats, units, bank);
    this.attemptService = new AttemptService(examRepository, attempts, takers, stats, bank, closer, cache);
    this.overrides = new OverrideService(examRepository, attempts, takers, overrideLog, accounts);
    this.openPapers = new OpenPapers(examRepository, takers, attempts);
    this.practice = new PracticeService(mongo, bank, wrongBook, openPapers);
    this.sweeper = new ExpirySweeper(attempts, closer);
    this.completion = new CompletionReport(mongo, stats);
  }

  /** Creates the unique indexes the conditional updates rely on; run once at start. */
  public Future<Void> prepare() {
    return attempts.ensureIndexes().compose(v -> takers.ensureIndexes()).compose(v -> certificates.ensureIndexes())
        .compose(v -> wrongBook.ensureIndexes());
  }

  /** Rebuilds the completion counters from the people's records (see {@link ExamStats#recount()}). */
  public Future<Integer> recountCompletion() {
    return stats.recount();
  }

  public QuestionBank bank() {
    return bank;
  }

  public ExamService exams() {
    return exams;
  }

  public AttemptService attempts() {
    return attemptService;
  }

  public OverrideService overrides() {
    return overrides;
  }

  public OverrideLog overrideLog() {
    return overrideLog;
  }

  public PracticeService practice() {
    return practice;
  }

  OpenPapers openPapers() {
    return openPapers;
  }

  public WrongBook wrongBook() {
    return wrongBook;
  }

  public Certificates certificates() {
    return certificates;
  }

  public ExpirySweeper sweeper() {
    return sweeper;
  }

  public CompletionReport completion() {
    return completion;
  }

  /** How answer saves were grouped into bulk updates (for the benchmark). */
  String batchStats() {
    return attempts.batchStats();
  }
}
