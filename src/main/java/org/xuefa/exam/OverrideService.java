package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.xuefa.account.AccountService;
import org.xuefa.account.SessionUser;
import org.xuefa.web.HttpFailure;

/**
 * What a trainer may grant one person, each kept on record (in {@code exam_overrides}, and on the
 * attempt it changes): extra time, an extra attempt, a grace period after the deadline in which a
 * submit is still taken but no answer changes.
 */
public final class OverrideService {

  public static final String EXTRA_TIME = "extra-time";
  public static final String EXTRA_ATTEMPT = "extra-attempt";
  public static final String GRACE = "grace";

  private final ExamRepository exams;
  private final AttemptRepository attempts;
  private final TakerRepository takers;
  private final OverrideLog log;
  private final AccountService accounts;

  OverrideService(ExamRepository exams, AttemptRepository attempts, TakerRepository takers, OverrideLog log,
      AccountService accounts) {
    this.exams = exams;
    this.attempts = attempts;
    this.takers = takers;
    this.log = log;
    this.accounts = accounts;
  }

  /** Moves the deadline of an attempt in progress later; answers the new deadline. */
  public Future<Attempt> extraTime(SessionUser by, String attemptId, int seconds, String reason, long now) {
    return covered(by, attemptId).compose(a -> {
      JsonObject record = record(EXTRA_TIME, seconds, reason, by, now);
      return attempts.extend(a.id(), seconds * 1000L, record).compose(ok -> ok
          ? reopen(a.id()).compose(fresh -> log.record(a.examId(), a.username(), a.id(), EXTRA_TIME, seconds, reason,
              by.username(), now).map(fresh))
          : Future.failedFuture(HttpFailure.conflict("这份答卷已结束，不能再延长时间；可改为给予一次补考机会")));
    });
  }

  /** Lets a submit be taken until {@code seconds} after the deadline (answers stay closed at the deadline). */
  public Future<Attempt> grace(SessionUser by, String attemptId, int seconds, String reason, long now) {
    return covered(by, attemptId).compose(a -> {
      long until = Math.max(a.graceUntil(), a.deadline() + seconds * 1000L);
      JsonObject record = record(GRACE, seconds, reason, by, now);
      return attempts.setGrace(a.id(), until, record).compose(ok -> ok
          ? reopen(a.id()).compose(fresh -> log.record(a.examId(), a.username(), a.id(), GRACE, seconds, reason,
              by.username(), now).map(fresh))
          : Future.failedFuture(HttpFailure.conflict("这份答卷已结束，不能再设宽限期；可改为给予一次补考机会")));
    });
  }

  /** One more attempt than the exam allows, for one person. */
  public Future<Void> extraAttempt(SessionUser by, String examId, String username, String reason, long now) {
    return exams.find(examId).compose(exam -> {
      if (exam.isEmpty()) {
        return Future.failedFuture(HttpFailure.notFound("没有这个考试"));
      }
      return accounts.find(username).compose(user -> {
        if (user.isEmpty() || !ExamAccess.covers(by, exam.get(), user.get().unit())) {
          return Future.failedFuture(HttpFailure.notFound("没有这个人员，或其不在您管理的单位"));
        }
        return takers.grantExtra(examId, username, user.get().name(), user.get().unit())
            .compose(v -> log.record(examId, username, null, EXTRA_ATTEMPT, 0, reason, by.username(), now))
            .mapEmpty();
      });
    });
  }

  private Future<Attempt> covered(SessionUser by, String attemptId) {
    return attempts.find(attemptId).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(HttpFailure.notFound("没有这份答卷"));
      }
      return exams.find(found.get().examId()).compose(exam -> exam.isPresent()
          && ExamAccess.covers(by, exam.get(), found.get().unit())
          ? Future.succeededFuture(found.get()) : Future.failedFuture(HttpFailure.notFound("没有这份答卷")));
    });
  }

  /** The sweeper must now wait for the new closing instant. */
  private Future<Attempt> reopen(String attemptId) {
    return attempts.find(attemptId).compose(a -> {
      Attempt fresh = a.orElseThrow();
      return attempts.open(fresh.id(), fresh.closeAt()).map(fresh);
    });
  }

  private static JsonObject record(String kind, int seconds, String reason, SessionUser by, long now) {
    return new JsonObject().put("kind", kind).put("seconds", seconds).put("reason", reason)
        .put("by", by.username()).put("at", now);
  }
}
