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
 * node): freeze the answers (no save lands after that), grade them, then one conditional update on
 * {_id, status: in_progress}; the winner does the follow-up, everyone else reads the winner's result. The follow-up (person's record,
 * counters, certificate, wrong-answer book) is safe to repeat; the open_attempts entry goes last, so
 * a crash half-way leaves it for the sweeper to finish — or for the next submit of the same attempt.
 *
 * <p>The sweeper only looks at entries that are due, and an entry is due at the attempt's deadline:
 * a node killed between a submit's close and its follow-up would leave the person "in progress", not
 * counted and without a best score until an hour-long exam's deadline passed. So before closing early,
 * the entry is made due {@link ExpirySweeper#ABANDONED_MS} from now; the sweeper resets it to the
 * real instant if the attempt is in fact still in progress.
 */
public final class AttemptCloser {

  private static final Logger log = LoggerFactory.getLogger(AttemptCloser.class);

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
    if (!a.inProgress()) {
      return unfinished(a);
    }
    // independent of each other; both must be done before the close
    Future<Attempt> freezing = attempts.freeze(a);
    Future<Void> due = abandonable(a, now);
    return Future.all(freezing, due).compose(both -> {
      Attempt frozen = freezing.result();
      Result result = Grader.grade(frozen.paper(), frozen.answers(), frozen.rule(), frozen.passScore());
      return attempts.close(frozen, status, result, now, by).compose(won -> {
        if (won) {
          Attempt closed = frozen.closed(status, result, now);
          return finish(closed).recover(e -> {
            // The attempt is closed and graded; the sweeper redoes the follow-up from open_attempts.
            log.warn("follow-up of closed attempt {} failed, left for the sweeper: {}", a.id(), e.toString());
            return Future.succeededFuture(closed);
          });
        }
        // someone else closed it (their grading saw the same frozen answers): theirs is the result
        return attempts.find(a.id()).compose(fresh -> fresh.isPresent() ? Future.succeededFuture(fresh.get())
            : Future.failedFuture(HttpFailure.notFound("没有这份答卷")));
      });
    });
  }

  /** Makes the open entry due soon, so that a crash between the close and the follow-up is swept up. */
  private Future<Void> abandonable(Attempt a, long now) {
    long soon = now + ExpirySweeper.ABANDONED_MS;
    return a.closeAt() <= soon ? Future.succeededFuture() : attempts.open(a.id(), soon);
  }

  /**
   * An attempt found closed: its follow-up is finished unless its open entry is still there (the
   * closing node died half-way, or is still at it: the follow-up is safe to repeat either way).
   */
  private Future<Attempt> unfinished(Attempt closed) {
    return attempts.isOpen(closed.id()).compose(open -> open ? finish(closed) : Future.succeededFuture(closed))
        .recover(e -> {
          log.warn("follow-up of closed attempt {} failed, left for the sweeper: {}", closed.id(), e.toString());
          return Future.succeededFuture(closed);
        });
  }

  /**
   * The follow-up of a closed attempt. The person's record is released by one conditional update
   * ({_id, current: this attempt}); only the finisher whose release matched moves the counters and
   * records the per-question statistics (in the background: they need not delay the answer), so they
   * move once — also when the close's winner died before its release and a repeat finishes for it.
   */
  public Future<Attempt> finish(Attempt closed) {
    long at = closed.closedAt() == null ? System.currentTimeMillis() : closed.closedAt();
    return takers.find(closed.examId(), closed.username()).compose(taker -> {
      boolean better = taker.map(t -> t.bestPercent() < closed.result().percent()).orElse(true);
      return takers.release(closed, better).compose(released -> {
        if (!released || taker.isEmpty()) {
          return takers.summarize(closed, better);
        }
        recordAnswers(closed);
        return count(closed, taker.get());
      })
          .compose(v -> {
            Future<Optional<String>> number = certify(closed, taker.map(Taker::certificateNo));
            Future<Void> book = wrongBook.addWrong(closed.username(), wrongQuestions(closed), "attempt:" + closed.id(), at);
            return Future.all(number, book).compose(both -> attempts.closed(closed.id())).map(done -> {
              cache.remove(closed.id());
              return number.result().map(closed::withCertificate).orElse(closed);
            });
          });
    });
  }

  /** People who finished an attempt and who passed, per unit: each person counted once, in one update. */
  private Future<Void> count(Attempt a, Taker before) {
    List<String> counters = new ArrayList<>();
    if (!before.finished()) {
      counters.add(ExamStats.SUBMITTED);
    }
    if (a.result().passed() && !before.passed()) {
      counters.add(ExamStats.PASSED);
    }
    return stats.increment(a.examId(), a.unit(), counters);
  }

  /** A pass earns a certificate once per person and exam (the first pass); issuing is idempotent per attempt. */
  private Future<Optional<String>> certify(Attempt a, Optional<String> alreadyHeld) {
    if (!a.result().passed() || alreadyHeld.isPresent() && !alreadyHeld.get().isEmpty()) {
      return Future.succeededFuture(Optional.ofNullable(a.certificateNo()));
    }
    return exams.find(a.examId()).compose(exam -> {
      if (exam.isEmpty() || !exam.get().certificate()) {
        return Future.succeededFuture(Optional.<String>empty());
      }
      long now = a.closedAt() == null ? System.currentTimeMillis() : a.closedAt();
      return certificates.issue(a, exam.get(), now)
          .compose(no -> attempts.setCertificate(a.id(), no)
              .compose(v -> takers.setCertificate(a.examId(), a.username(), no))
              .map(v -> Optional.of(no)));
    });
  }

  /** In the background: statistics need not delay the close's answer. */
  private void recordAnswers(Attempt a) {
    List<AnswerRecorder.Graded> graded = new ArrayList<>();
    for (PaperQuestion q : a.paper()) {
      List<String> choice = a.answers().getOrDefault(q.id(), List.of());
      graded.add(new AnswerRecorder.Graded(q.id(), Grader.correct(q, choice), q.originalKeys(choice)));
    }
    recorder.recordAll(graded)
        .onFailure(e -> log.warn("question statistics of attempt {} incomplete: {}", a.id(), e.toString()));
  }

  static List<String> wrongQuestions(Attempt a) {
    return a.paper().stream().filter(q -> !Grader.correct(q, a.answers().get(q.id()))).map(PaperQuestion::id).toList();
  }

}
