package org.xuefa.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xuefa.tabular.Table;

/**
 * Finds the template's columns in a file's header by the names trainers use for them (题目 or 试题 for
 * 题干, 正确答案 for 答案, A…F for 选项A…F …), ignoring spaces, asterisks and full-width letters.
 */
final class QuestionColumns {

  static final List<String> HEADER = List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F",
      "答案", "解析", "出处", "标签", "难度", "编号");
  private static final List<String> REQUIRED = List.of("题型", "题干", "答案", "出处");
  private static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("题型", List.of("题型", "题目类型", "试题类型", "类型", "题型分类"));
    VARIANTS.put("题干", List.of("题干", "题目", "试题", "题目内容", "试题内容", "题干内容", "问题"));
    for (char k : QuestionDraft.KEYS.toCharArray()) {
      VARIANTS.put("选项" + k, List.of("选项" + k, String.valueOf(k), k + "选项", "选项" + k + "内容"));
    }
    VARIANTS.put("答案", List.of("答案", "正确答案", "标准答案", "参考答案"));
    VARIANTS.put("解析", List.of("解析", "答案解析", "试题解析", "题目解析"));
    VARIANTS.put("出处", List.of("出处", "来源", "依据", "法律依据", "出处依据"));
    VARIANTS.put("标签", List.of("标签", "分类", "知识点"));
    VARIANTS.put("难度", List.of("难度", "难易度", "难易程度", "难度等级"));
    VARIANTS.put("编号", List.of("编号", "题号", "试题编号", "题目编号", "ID"));
  }

  private final Map<String, String> actual;

  private QuestionColumns(Map<String, String> actual) {
    this.actual = actual;
  }

  /** The columns of this header, or the reason it is not a question file. */
  static QuestionColumns of(List<String> header) {
    Map<String, String> actual = new LinkedHashMap<>();
    VARIANTS.forEach((canonical, names) -> find(header, names).ifPresent(h -> actual.put(canonical, h)));
    List<String> missing = new ArrayList<>(REQUIRED.stream().filter(r -> !actual.containsKey(r)).toList());
    if (!missing.isEmpty()) {
      throw QuestionFile.reject(1, "表头缺少“" + String.join("”“", missing) + "”列：第一行应为 " + String.join(",", HEADER)
          + "（可下载模板对照）");
    }
    return new QuestionColumns(actual);
  }

  boolean has(String canonical) {
    return actual.containsKey(canonical);
  }

  /** The cell under a template column; a leading ' that protected a formula character on export is dropped. */
  String get(Table.Row row, String canonical) {
    String column = actual.get(canonical);
    return column == null ? "" : unescape(row.get(column));
  }

  QuestionDraft draft(Table.Row row) {
    List<String> options = new ArrayList<>();
    for (char k : QuestionDraft.KEYS.toCharArray()) {
      options.add(get(row, "选项" + k));
    }
    return new QuestionDraft(get(row, "编号"), get(row, "题型"), get(row, "题干"), options, get(row, "答案"),
        get(row, "解析"), get(row, "出处"), get(row, "标签"), get(row, "难度"));
  }

  static String unescape(String v) {
    return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
  }

  private static Optional<String> find(List<String> header, List<String> names) {
    for (String name : names) {
      for (String h : header) {
        if (normalize(h).equals(normalize(name))) {
          return Optional.of(h);
        }
      }
    }
    return Optional.empty();
  }

  private static String normalize(String h) {
    StringBuilder sb = new StringBuilder();
    for (char c : h.toCharArray()) {
      if (Character.isWhitespace(c) || c == '\u3000' || c == '*' || c == '＊' || c == '\uFEFF') {
        continue;
      }
      sb.append(c >= 'Ａ' && c <= 'Ｚ' ? (char) ('A' + (c - 'Ａ')) : c >= 'ａ' && c <= 'ｚ' ? (char) ('a' + (c - 'ａ')) : c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}
