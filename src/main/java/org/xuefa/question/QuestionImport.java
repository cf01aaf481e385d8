package org.xuefa.question;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.tabular.ImportRejected;
import org.xuefa.tabular.RowError;
import org.xuefa.tabular.Table;
import org.xuefa.web.Blocking;

/**
 * Imports a question file all or nothing: every row is checked by {@link QuestionRules} first, and
 * a single bad row rejects the file with every bad row's number and reason; otherwise all questions
 * are written, a re-imported 编号 replacing the stored question.
 */
public final class QuestionImport {

  private final QuestionRules rules;
  private final QuestionRepository repository;
  private final Blocking blocking;

  public QuestionImport(QuestionRules rules, QuestionRepository repository, Blocking blocking) {
    this.rules = rules;
    this.repository = repository;
    this.blocking = blocking;
  }

  /** Parses on the worker pool, then writes; fails with {@link ImportRejected} and writes nothing on any bad row. */
  public Future<ImportResult> importFile(String fileName, byte[] bytes, String by) {
    return blocking.run(() -> parse(fileName, bytes))
        .compose(questions -> repository.upsertAll(questions, by, System.currentTimeMillis()));
  }

  /** The valid questions of a file, or {@link ImportRejected}. Blocking. */
  public List<Question> parse(String fileName, byte[] bytes) {
    return parse(rules, fileName, bytes);
  }

  public static List<Question> parse(QuestionRules rules, String fileName, byte[] bytes) {
    Table table = QuestionFile.read(fileName, bytes);
    QuestionColumns columns = QuestionColumns.of(table.header());
    if (table.rows().isEmpty()) {
      throw QuestionFile.reject(2, "文件中没有题目（只有表头）");
    }
    List<Question> questions = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    for (Table.Row row : table.rows()) {
      try {
        QuestionDraft draft = columns.draft(row);
        if (draft.stem().strip().startsWith(QuestionTemplate.SAMPLE_MARK)) {
          throw new InvalidQuestion("这是模板中的样例行：请删除后再导入");
        }
        Question q = rules.validate(draft);
        Integer earlier = lineOfId.putIfAbsent(q.id(), row.line());
        if (earlier != null) {
          errors.add(new RowError(row.line(), columns.get(row, "编号").isBlank()
              ? "题干与第 " + earlier + " 行相同（未填编号时按题干生成编号）"
              : "编号“" + q.id() + "”与第 " + earlier + " 行重复"));
          continue;
        }
        questions.add(q);
      } catch (InvalidQuestion e) {
        errors.add(new RowError(row.line(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejected(errors);
    }
    return questions;
  }
}
