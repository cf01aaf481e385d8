/**
 * The question bank: sourced questions (单选, 多选, 判断) that exams draw papers from.
 *
 * <p>Data: collection {@code questions} ({@code _id} = code such as QA1-001; the shape of
 * {@link org.xuefa.question.Question#toDocument()} plus {@code createdAt/By}, {@code updatedAt/By},
 * {@code clearedAt/By}, {@code retiredAt/By}, {@code flaggedAt}); {@code meta/questions-version}
 * ({@code value}, bumped by every write) and {@code meta/questions-seed} ({@code state});
 * {@code question_stats} ({@code _id} = code; {@code attempts, correct, wrong, choices.{KEY}}).
 *
 * <p>Ways in: {@link org.xuefa.question.QuestionImport} (CSV/XLSX, all rows or none),
 * {@link org.xuefa.question.QuestionService} (one question: API and forms),
 * {@link org.xuefa.question.SeedQuestions} (first start). Each goes through
 * {@link org.xuefa.question.QuestionRules} and {@link org.xuefa.question.SourceRefs}. Ways out:
 * {@link org.xuefa.question.CachedQuestionBank} (what exams use, via
 * {@link org.xuefa.question.QuestionBank}), the trainer's API and pages.
 * {@link org.xuefa.question.QuestionReview#flagForLawChange} takes questions out of new papers
 * when a cited article changes; {@link org.xuefa.question.QuestionStats#record} counts graded answers.
 * All of it is reachable from {@code Services.questions()}.
 */
package org.xuefa.question;
