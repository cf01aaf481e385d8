package org.xuefa.exam;

import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;

/**
 * Who may see and act on whose exam records: an admin and the exam's author everyone's; any other
 * trainer only the people of their own unit; a learner only their own.
 */
public final class ExamAccess {

  private ExamAccess() {}

  public static boolean managesAll(SessionUser u, Exam exam) {
    return u.has(Role.ADMIN) || (u.has(Role.TRAINER) && u.username().equals(exam.createdBy()));
  }

  /** May this person see (and grant overrides on) the records of someone from {@code personUnit}? */
  public static boolean covers(SessionUser u, Exam exam, String personUnit) {
    return managesAll(u, exam) || (u.has(Role.TRAINER) && u.unit().equals(personUnit));
  }
}
