package org.xuefa.exam;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.web.HttpFailure;

/**
 * Closes attempts exactly once, whoever asks (a submit, a read after the deadline, the sweeper on any
 * node): grade what was saved, then one conditional update on {_id, status: in_progress, rev}; the
 * winner does the follow-up, everyone else reads the winner's result. The follow-up (person's record,
 * counters, certificate, wrong-answer book) is safe to repeat; the open_attempts entry goes last, so
 * a crash half-way leaves it for the sweeper to finish.
 */
public final class AttemptCloser {

  private static final Logger log = LoggerFactory.getLogger(AttemptCloser.class);
  private static final int RETRIES = 5;

  private final AttemptRepository attempts;
  private final TakerRepository takers;
  private final ExamRepository exams;
  private final ExamStats stats;
  private final Certificates certificates;
  private final WrongBook wrongBook;
  private final PaperCache cache;
  private final AnswerRecorder recorder;

  AttemptCloser(AttemptRepository attempts, TakerRepository takers, ExamRepository exams, ExamStats stats,
      Certificates certificates, WrongBook wrongBook, PaperCache cache, AnswerRecorder recorder) {
    this.attempts = attempts;
    this.takers = takers;
    this.exams = exams;
    this.stats = stats;
    this.certificates = certificates;
    this.wrongBook = wrongBook;
    this.cache = cache;
    this.recorder = recorder;
  }

  /** Closes the attempt with {@code status} (or finds it closed already) and answers it closed. */
  public Future<Attempt> close(Attempt a, String status, long now, String by) {
    return close(a, status, now, by, RETRIES);
  }

  private Future<Attempt> close(Attempt a, String status, long now, String by, int retries) {
    if (!a.inProgress()) {
      return Future.succeededFuture(a);
    }
    Result result = Grader.grade(a.paper(), a.answers(), a.rule(), a.passScore());
    return attempts.close(a, status, result, now, by).compose(won -> {
      if (won) {
        Attempt closed = withResult(a, status, result, now);
        return finish(closed, true).recover(e -> {
          // The attempt is closed and graded; the sweeper redoes the follow-up from open_attempts.
          log.warn("follow-up of closed attempt {} failed, left for the sweeper: {}", a.id(), e.toString());
          return Future.succeededFuture(closed);
        });
      }
      return attempts.find(a.id()).compose(fresh -> {
        if (fresh.isEmpty()) {
          return Future.failedFuture(HttpFailure.notFound("没有这份答卷"));
        }
        if (!fresh.get().inProgress() || retries <= 0) {
          return Future.succeededFuture(fresh.get());
        }
        // An answer was saved between our read and our close: grade again with it.
        return close(fresh.get(), status, now, by, retries - 1);
      });
    });
  }

  /**
   * The follow-up of a closed attempt. {@code first} is true only for the close's winner: the
   * per-question statistics are recorded then and not on a repeat.
   */
  public Future<Attempt> finish(Attempt closed, boolean first) {
    Result r = closed.result();
    long at = closed.closedAt() == null ? System.currentTimeMillis() : closed.closedAt();
    return takers.find(closed.examId(), closed.username()).compose(taker -> {
      boolean better = taker.map(t -> t.bestPercent() < r.percent()).orElse(true);
      return takers.recordClose(closed, better)
          .compose(v -> countOnce(closed, ExamStats.SUBMITTED, takers.markFinished(closed.examId(), closed.username())))
          .compose(v -> r.passed()
              ? countOnce(closed, ExamStats.PASSED, takers.markPassed(closed.examId(), closed.username()))
              : Future.succeededFuture())
          .compose(v -> certify(closed, taker.map(Taker::certificateNo)))
          .compose(v -> wrongBook.addWrong(closed.username(), wrongQuestions(closed), "attempt:" + closed.id(), at))
          .compose(v -> first ? recordAnswers(closed) : Future.succeededFuture())
          .compose(v -> attempts.closed(closed.id()))
          .compose(v -> {
            cache.remove(closed.id());
            // Read back: the certificate number was set on the document during the follow-up.
            return attempts.find(closed.id()).map(fresh -> fresh.orElse(closed));
          });
    });
  }

  private Future<Void> countOnce(Attempt a, String counter, Future<Boolean> flipped) {
    return flipped.compose(first -> first ? stats.increment(a.examId(), a.unit(), counter) : Future.succeededFuture());
  }

  /** A pass earns a certificate once per person and exam (the first pass); issuing is idempotent per attempt. */
  private Future<Void> certify(Attempt a, Optional<String> alreadyHeld) {
    if (!a.result().passed() || alreadyHeld.isPresent() && !alreadyHeld.get().isEmpty()) {
      return Future.succeededFuture();
    }
    return exams.find(a.examId()).compose(exam -> {
      if (exam.isEmpty() || !exam.get().certificate()) {
        return Future.succeededFuture();
      }
      long now = a.closedAt() == null ? System.currentTimeMillis() : a.closedAt();
      return certificates.issue(a, exam.get(), now)
          .compose(no -> attempts.setCertificate(a.id(), no)
              .compose(v -> takers.setCertificate(a.examId(), a.username(), no)));
    });
  }

  private Future<Void> recordAnswers(Attempt a) {
    List<Future<Void>> all = new ArrayList<>();
    for (PaperQuestion q : a.paper()) {
      List<String> choice = a.answers().getOrDefault(q.id(), List.of());
      all.add(recorder.record(q.id(), Grader.correct(q, choice), q.originalKeys(choice)));
    }
    return Future.all(all).mapEmpty();
  }

  static List<String> wrongQuestions(Attempt a) {
    return a.paper().stream().filter(q -> !Grader.correct(q, a.answers().get(q.id()))).map(PaperQuestion::id).toList();
  }

  static Attempt withResult(Attempt a, String status, Result result, long now) {
    return new Attempt(a.id(), a.examId(), a.examTitle(), a.username(), a.name(), a.unit(), a.attemptNo(), status,
        a.startedAt(), a.deadline(), a.graceUntil(), a.rule(), a.passScore(), a.paper(), a.answers(), a.rev(), result,
        now, a.certificateNo(), a.overrides());
  }
}
