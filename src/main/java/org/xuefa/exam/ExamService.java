package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.xuefa.account.SessionUser;
import org.xuefa.account.Tokens;
import org.xuefa.account.Unit;
import org.xuefa.account.UnitRepository;
import org.xuefa.question.QuestionBank;
import org.xuefa.web.HttpFailure;

/** Exams: creating them (checked against the bank), listing them per person, and the trainer's results. */
public final class ExamService {

  private final ExamRepository exams;
  private final TakerRepository takers;
  private final ExamStats stats;
  private final UnitRepository units;
  private final QuestionBank bank;

  ExamService(ExamRepository exams, TakerRepository takers, ExamStats stats, UnitRepository units, QuestionBank bank) {
    this.exams = exams;
    this.takers = takers;
    this.stats = stats;
    this.units = units;
    this.bank = bank;
  }

  /** Creates the exam if the bank holds enough active questions for its rules (else 400 saying how many). */
  public Future<Exam> create(SessionUser by, JsonObject body, long now) {
    return units.list().compose(known -> {
      Exam exam = ExamInput.parse(body, by, Tokens.random(9), now,
          new HashSet<>(known.stream().map(Unit::name).toList()));
      return bank.active().compose(active -> {
        String shortage = PaperDrawer.shortage(exam.sections(), active);
        if (shortage != null) {
          return Future.failedFuture(HttpFailure.badRequest(shortage));
        }
        return exams.insert(exam).map(exam);
      });
    });
  }

  public Future<Exam> find(String id) {
    return exams.find(id).compose(e -> e.isPresent() ? Future.succeededFuture(e.get())
        : Future.failedFuture(HttpFailure.notFound("没有这个考试")));
  }

  /** An exam with this person's standing in it. */
  public record Listed(Exam exam, Optional<Taker> taker, boolean open) {
    public int used() {
      return taker.map(Taker::used).orElse(0);
    }

    public int allowed() {
      return taker.map(t -> t.allowed(exam)).orElse(exam.maxAttempts());
    }

    public JsonObject toJson() {
      JsonObject best = taker.map(Taker::best).orElse(null);
      return exam.toJson().put("open", open).put("attemptsUsed", used()).put("attemptsAllowed", allowed())
          .put("attemptsRemaining", Math.max(0, allowed() - used()))
          .put("inProgress", taker.map(Taker::current).orElse(null))
          .put("best", best == null ? null : best.copy().put("closedAt", Times.iso(best.getLong("closedAt"))))
          .put("certificateNo", taker.map(Taker::certificateNo).orElse(null));
    }
  }

  /**
   * The exams assigned to this person's unit: those open now, and with {@code withPast} also those
   * they sat that are no longer open (for their page's results).
   */
  public Future<List<Listed>> forUser(SessionUser user, long now, boolean withPast) {
    return exams.all().compose(all -> {
      List<Exam> assigned = all.stream().filter(e -> e.assignedTo(user.unit())).toList();
      List<Future<Optional<Taker>>> lookups = assigned.stream()
          .map(e -> takers.find(e.id(), user.username())).toList();
      return Future.all(lookups).map(done -> {
        List<Listed> out = new ArrayList<>();
        for (int i = 0; i < assigned.size(); i++) {
          Exam e = assigned.get(i);
          Optional<Taker> t = lookups.get(i).result();
          boolean open = e.refusal(user, now) == null;
          if (open || (withPast && t.isPresent() && t.get().used() > 0)) {
            out.add(new Listed(e, t, open));
          }
        }
        return out;
      });
    });
  }

  public Future<List<Exam>> all() {
    return exams.all();
  }

  public Future<Void> setStatus(SessionUser by, String examId, String status) {
    return find(examId).compose(exam -> {
      if (!ExamAccess.managesAll(by, exam)) {
        return Future.failedFuture(HttpFailure.forbidden("只有考试的创建者或系统管理员可以更改考试状态"));
      }
      return exams.setStatus(examId, status).mapEmpty();
    });
  }

  /** The people this trainer covers who started the exam, by unit then name. */
  public Future<List<Taker>> results(SessionUser by, Exam exam) {
    return takers.byExam(exam.id()).map(list -> list.stream()
        .filter(t -> ExamAccess.covers(by, exam, t.unit()))
        .sorted(Comparator.comparing(Taker::unit).thenComparing(Taker::name)).toList());
  }

  /** Counters per unit for the exam (people started / finished / passed). */
  public Future<List<JsonObject>> counters(String examId) {
    return stats.forExam(examId);
  }
}
