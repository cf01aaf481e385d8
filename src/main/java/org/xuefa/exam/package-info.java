/**
 * Exams and attempts, grading, results, certificates, practice and the wrong-answer book.
 *
 * <p>Data, every hot path by {@code _id} (the embedded store ignores non-unique secondary indexes and
 * uses a unique compound index only for a filter of exactly its fields):
 * <ul>
 * <li>{@code exams} ({@code _id} random): {@link org.xuefa.exam.Exam#toDocument()} — title,
 *     timeLimitSeconds, passScore, sections [{tags, type, count, points}], points per type,
 *     multipleChoiceRule, maxAttempts, opensAt, closesAt, units, graceSeconds, certificate(Years),
 *     createdBy(Unit), createdAt, status.</li>
 * <li>{@code attempts} ({@code _id} random): examId, username, name, unit, attemptNo, status
 *     (in_progress | submitted | expired), startedAt, deadline, graceUntil, rule, passScore, and once
 *     closed answers {QID: [KEYS]} (those graded), result, closedAt, closedBy, certificateNo;
 *     overrides [...]. Unique index {_id, status}.</li>
 * <li>{@code answer_sheets} ({@code _id} = attemptId:N): open, a_QID [KEYS], t_QID ms — the
 *     answers of an attempt in progress, about ten questions a sheet, what every save writes; frozen
 *     (open: false) when the attempt closes. Unique index {_id, open}. See
 *     {@link org.xuefa.exam.AnswerSheets}.</li>
 * <li>{@code papers} ({@code _id} = attemptId): the paper as shown, written once — questions [{id, type,
 *     stem, options [{key, text}], points, map (bank key per shown key), answer (shown keys)}].</li>
 * <li>{@code open_attempts} ({@code _id} = attemptId, closeAt): what the expiry sweeper scans.</li>
 * <li>{@code exam_takers} ({@code _id} = examId|username): used, extra, current, finished, passed, best,
 *     lastStatus, certificateNo — the unique key behind "one attempt in progress" (unique indexes
 *     {_id, used} and {_id, current}).</li>
 * <li>{@code exam_stats} ({@code _id} = examId|unit): started, submitted, passed (people, moved once).</li>
 * <li>{@code exam_overrides} ({@code _id} random): examId, username, attemptId, kind, seconds, reason, by, at.</li>
 * <li>{@code certificates} ({@code _id} = XF-YYYY-NNNNNN; unique attemptId) and {@code counters}
 *     ({@code certificate-YYYY}: seq).</li>
 * <li>{@code practice} ({@code _id} random): username, tag, paper, answers {QID: {choice, correct, at}}.</li>
 * <li>{@code wrongbook} ({@code _id} = username): items {QID: {count, lastWrongAt, streak, lastSource}}.</li>
 * </ul>
 *
 * <p>Flow: {@link org.xuefa.exam.AttemptService} starts, saves, reads and submits;
 * {@link org.xuefa.exam.AttemptCloser} closes exactly once and does the follow-up;
 * {@link org.xuefa.exam.ExpirySweeper} closes on its own; everything is reachable from
 * {@code Services.exams()} ({@link org.xuefa.exam.Exams}).
 */
package org.xuefa.exam;
