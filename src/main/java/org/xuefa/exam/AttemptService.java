package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.xuefa.account.SessionUser;
import org.xuefa.account.Tokens;
import org.xuefa.question.QuestionBank;
import org.xuefa.web.HttpFailure;

/**
 * Starting, answering, reading and submitting attempts. The server's clock decides: the deadline is
 * set at start (capped by the exam's closing time), saves after it are refused, and an attempt read
 * or submitted after it is closed with what was saved before it.
 */
public final class AttemptService {

  private static final int START_RETRIES = 5;

  private final ExamRepository exams;
  private final AttemptRepository attempts;
  private final TakerRepository takers;
  private final ExamStats stats;
  private final QuestionBank bank;
  private final AttemptCloser closer;
  private final PaperCache cache;
  private final PaperDrawer drawer = new PaperDrawer(new SecureRandom());

  AttemptService(ExamRepository exams, AttemptRepository attempts, TakerRepository takers, ExamStats stats,
      QuestionBank bank, AttemptCloser closer, PaperCache cache) {
    this.exams = exams;
    this.attempts = attempts;
    this.takers = takers;
    this.stats = stats;
    this.bank = bank;
    this.closer = closer;
    this.cache = cache;
  }

  /** An attempt and whether this call created it (201) or found it in progress (200). */
  public record Started(Attempt attempt, boolean created) {}

  public Future<Started> start(SessionUser user, String examId, long now) {
    return exams.find(examId).compose(exam -> {
      if (exam.isEmpty()) {
        return Future.failedFuture(HttpFailure.notFound("没有这个考试"));
      }
      return start(user, exam.get(), now, START_RETRIES);
    });
  }

  private Future<Started> start(SessionUser user, Exam exam, long now, int retries) {
    if (retries <= 0) {
      return Future.failedFuture(HttpFailure.conflict("同时开始的请求过多，请刷新后重试"));
    }
    return takers.find(exam.id(), user.username()).compose(taker -> current(taker, now).compose(running -> {
      if (running.isPresent()) {
        return Future.succeededFuture(new Started(running.get(), false));
      }
      String refusal = exam.refusal(user, now);
      if (refusal != null) {
        return Future.failedFuture(HttpFailure.forbidden(refusal));
      }
      int used = taker.map(Taker::used).orElse(0);
      int allowed = taker.map(t -> t.allowed(exam)).orElse(exam.maxAttempts());
      if (used >= allowed) {
        return Future.failedFuture(HttpFailure.conflict("您的考试次数已用完（共 " + allowed + " 次）"));
      }
      return bank.active().compose(active -> {
        Attempt a = newAttempt(user, exam, drawer.draw(exam, active), used + 1, now);
        return attempts.insert(a)
            .compose(v -> attempts.open(a.id(), a.closeAt()))
            .compose(v -> taker.isEmpty()
                ? takers.claimFirst(exam.id(), user, a.id(), now)
                : takers.claimNext(exam.id(), user.username(), used, a.id(), now))
            .compose(won -> won ? won(a, used) : lost(a).compose(v -> start(user, exam, now, retries - 1)));
      });
    }));
  }

  /** The attempt in progress named by the person's record, closing it first if its time is up. */
  private Future<Optional<Attempt>> current(Optional<Taker> taker, long now) {
    String id = taker.map(Taker::current).orElse(null);
    if (id == null) {
      return Future.succeededFuture(Optional.empty());
    }
    return attempts.find(id).compose(a -> {
      if (a.isEmpty()) {
        return Future.succeededFuture(Optional.empty());
      }
      if (!a.get().inProgress()) {
        // The record still names a closed attempt: its node died before the follow-up released it.
        return closer.close(a.get(), a.get().status(), now, "start").map(closed -> Optional.empty());
      }
      if (now >= a.get().closeAt()) {
        return closer.close(a.get(), Attempt.EXPIRED, now, "start").map(closed -> Optional.empty());
      }
      return Future.succeededFuture(a);
    });
  }

  private Future<Started> won(Attempt a, int usedBefore) {
    cache.put(a, a.startedAt());
    Future<Void> counted = usedBefore == 0 ? stats.increment(a.examId(), a.unit(), ExamStats.STARTED)
        : Future.succeededFuture();
    return counted.map(v -> new Started(a, true));
  }

  /** Another start of the same person won: our paper was never shown, so it goes. */
  private Future<Void> lost(Attempt a) {
    return attempts.closed(a.id()).compose(v -> attempts.delete(a.id()));
  }

  private static Attempt newAttempt(SessionUser user, Exam exam, List<PaperQuestion> paper, int no, long now) {
    long deadline = now + exam.timeLimitSeconds() * 1000L;
    if (exam.closesAt() != null) {
      deadline = Math.min(deadline, exam.closesAt());
    }
    long graceUntil = deadline + exam.graceSeconds() * 1000L;
    return new Attempt(Tokens.random(15), exam.id(), exam.title(), user.username(), user.name(), user.unit(), no,
        Attempt.IN_PROGRESS, now, deadline, graceUntil, exam.multipleChoiceRule(), exam.passScore(), paper,
        new LinkedHashMap<>(), null, null, null, new JsonArray());
  }

  /** Saves one answer; the returned deadline is the one the answer was checked against. */
  public Future<Long> answer(SessionUser user, String attemptId, String questionId, List<String> choice, long now) {
    return entry(attemptId, false, now).compose(e -> {
      if (!e.username().equals(user.username())) {
        return Future.failedFuture(HttpFailure.notFound("没有这份答卷"));
      }
      List<String> normalized = AnswerCheck.normalize(e, questionId, choice);
      if (!e.inProgress()) {
        return Future.failedFuture(closedConflict());
      }
      Future<PaperCache.Entry> checked = now < e.deadline() ? Future.succeededFuture(e) : entry(attemptId, true, now)
          .compose(fresh -> fresh.inProgress() && now < fresh.deadline() ? Future.succeededFuture(fresh)
              : Future.failedFuture(fresh.inProgress() ? late() : closedConflict()));
      return checked.compose(ok -> attempts.saveAnswer(attemptId, e.paperSize(), questionId, normalized, now).compose(saved -> saved
          ? Future.succeededFuture(ok.deadline())
          : Future.failedFuture(closedConflict())));
    });
  }

  /** The attempt for its owner (or a trainer covering them), closed first if its time is up. */
  public Future<Attempt> read(SessionUser user, String attemptId, long now) {
    return visible(user, attemptId).compose(a -> a.inProgress() && now >= a.closeAt()
        ? closer.close(a, Attempt.EXPIRED, now, "read") : Future.succeededFuture(a));
  }

  /** Closes the attempt: submitted before the deadline or within a grace period, else expired. Idempotent. */
  public Future<Attempt> submit(SessionUser user, String attemptId, long now) {
    return owned(user, attemptId).compose(a -> closer.close(a,
        now < a.closeAt() ? Attempt.SUBMITTED : Attempt.EXPIRED, now, "submit"));
  }

  private Future<Attempt> owned(SessionUser user, String attemptId) {
    return attempts.withPaper(attemptId).compose(a -> a.isPresent() && a.get().username().equals(user.username())
        ? Future.succeededFuture(a.get()) : Future.failedFuture(HttpFailure.notFound("没有这份答卷")));
  }

  private Future<Attempt> visible(SessionUser user, String attemptId) {
    return attempts.find(attemptId).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(HttpFailure.notFound("没有这份答卷"));
      }
      Attempt a = found.get();
      if (a.username().equals(user.username())) {
        return Future.succeededFuture(a);
      }
      return exams.find(a.examId()).compose(exam -> exam.isPresent() && ExamAccess.covers(user, exam.get(), a.unit())
          ? Future.succeededFuture(a) : Future.failedFuture(HttpFailure.notFound("没有这份答卷")));
    });
  }

  /** The paper's check data: cached, its status and deadline re-read when stale or when {@code fresh}. */
  private Future<PaperCache.Entry> entry(String attemptId, boolean fresh, long now) {
    PaperCache.Entry e = cache.get(attemptId);
    if (e != null && !fresh && e.fresh(now)) {
      return Future.succeededFuture(e);
    }
    if (e != null) {
      return attempts.state(attemptId).compose(state -> state.isEmpty()
          ? Future.failedFuture(HttpFailure.notFound("没有这份答卷"))
          : Future.succeededFuture(cache.refresh(attemptId, e, state.get(), now)));
    }
    return attempts.withPaper(attemptId).compose(a -> a.isEmpty()
        ? Future.failedFuture(HttpFailure.notFound("没有这份答卷"))
        : Future.succeededFuture(cache.put(a.get(), now)));
  }

  private static HttpFailure late() {
    return HttpFailure.conflict("考试时间已到，答案不再接受修改");
  }

  private static HttpFailure closedConflict() {
    return HttpFailure.conflict("本次考试已结束（已交卷或已到时间），答案不再接受修改");
  }
}
