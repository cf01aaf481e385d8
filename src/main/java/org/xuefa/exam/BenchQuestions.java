package org.xuefa.exam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;
import org.xuefa.tabular.Csv;
import org.xuefa.tabular.Table;

/**
 * The seed question files read just well enough for the benchmark (real stems and options, so that
 * papers have their real size); the question bank's own import is what loads them for real.
 */
final class BenchQuestions {

  private BenchQuestions() {}

  static List<Question> load(Path folder) throws IOException {
    List<Question> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        Table table = Csv.read(Files.readAllBytes(file));
        for (Table.Row row : table.rows()) {
          if (!row.blank()) {
            out.add(question(row));
          }
        }
      }
    }
    return out;
  }

  private static Question question(Table.Row row) {
    QuestionType type = QuestionType.parse(row.get("题型")).orElse(QuestionType.SINGLE);
    List<Question.Option> options = new ArrayList<>();
    List<String> answer = new ArrayList<>();
    String key = row.get("答案").strip();
    if (type == QuestionType.JUDGE) {
      options.add(new Question.Option("A", "正确"));
      options.add(new Question.Option("B", "错误"));
      answer.add(key.startsWith("正") || key.equalsIgnoreCase("A") || key.equals("对") ? "A" : "B");
    } else {
      for (String k : List.of("A", "B", "C", "D", "E", "F")) {
        String text = row.get("选项" + k);
        if (text != null && !text.isBlank()) {
          options.add(new Question.Option(k, text.strip()));
        }
      }
      for (char c : key.toCharArray()) {
        answer.add(String.valueOf(c));
      }
    }
    List<String> tags = Arrays.stream(row.get("标签").split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<Question.Source> sources = Arrays.stream(row.get("出处").split("[;；]")).map(String::strip)
        .filter(s -> !s.isEmpty()).map(ref -> new Question.Source(ref, ref, "")).toList();
    return new Question(row.get("编号").strip(), type, row.get("题干"), options, answer, row.get("解析"), sources, tags,
        row.get("难度"), Question.ACTIVE, null, 1);
  }
}
