package org.xuefa.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one set of rules every question passes, whether it comes from a file row, the form or the API:
 * a known type, a stem, options contiguous from A, a key that names existing options, a parseable source.
 */
public final class QuestionRules {

  public static final int MAX_STEM = 2000;
  public static final int MAX_OPTION = 500;
  public static final int MAX_EXPLANATION = 5000;
  public static final int MAX_TAGS = 20;
  public static final int MAX_TAG = 30;
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
  private static final List<String> JUDGE_TEXTS = List.of("正确", "错误");

  private final SourceRefs refs;

  public QuestionRules(SourceRefs refs) {
    this.refs = refs;
  }

  /** The valid question for a draft (active, version 1), or an {@link InvalidQuestion} naming the first broken rule. */
  public Question validate(QuestionDraft d) {
    QuestionType type = QuestionType.parse(d.type()).orElseThrow(() -> new InvalidQuestion(
        d.type().isBlank() ? "缺少题型：应为 单选、多选 或 判断" : "题型“" + d.type().strip() + "”无法识别：应为 单选、多选 或 判断"));
    String stem = d.stem().strip();
    if (stem.isEmpty()) {
      throw new InvalidQuestion("题干为空");
    }
    if (stem.length() > MAX_STEM) {
      throw new InvalidQuestion("题干过长（" + stem.length() + " 字，最多 " + MAX_STEM + " 字）");
    }
    boolean judge = type == QuestionType.JUDGE;
    List<Question.Option> options = judge ? judgeOptions(d.options()) : choiceOptions(type, d.options());
    List<String> answer = judge ? judgeAnswer(d.answer()) : choiceAnswer(type, d.answer(), options);
    String explanation = d.explanation().strip();
    if (explanation.length() > MAX_EXPLANATION) {
      throw new InvalidQuestion("解析过长（最多 " + MAX_EXPLANATION + " 字）");
    }
    List<Question.Source> sources = refs.parse(d.sources());
    String id = d.id().strip().isEmpty() ? idFor(stem) : d.id().strip();
    if (!ID.matcher(id).matches()) {
      throw new InvalidQuestion("编号“" + id + "”不合规：只能用字母、数字、- 和 _，最长 40 个字符，如 XZCF-001");
    }
    return new Question(id, type, stem, options, answer, explanation, sources, tags(d.tags()),
        difficulty(d.difficulty()), Question.ACTIVE, null, 1);
  }

  /** A stable code for a question without 编号, from its stem: re-importing the same file replaces, not duplicates. */
  public static String idFor(String stem) {
    String normalized = stem.replaceAll("\\s+", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return "Q-" + HexFormat.of().withUpperCase().formatHex(digest).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static List<Question.Option> choiceOptions(QuestionType type, List<String> cells) {
    int last = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        last = i;
      }
    }
    List<Question.Option> options = new ArrayList<>();
    Set<String> texts = new LinkedHashSet<>();
    for (int i = 0; i <= last; i++) {
      String key = String.valueOf(QuestionDraft.KEYS.charAt(i));
      String text = cells.get(i).strip();
      if (text.isEmpty()) {
        throw new InvalidQuestion("选项不连续：选项" + key + "为空，但后面还有选项（选项须从 A 起依次填写）");
      }
      if (text.length() > MAX_OPTION) {
        throw new InvalidQuestion("选项" + key + "过长（最多 " + MAX_OPTION + " 字）");
      }
      if (!texts.add(text)) {
        throw new InvalidQuestion("选项" + key + "与前面的选项内容相同");
      }
      options.add(new Question.Option(key, text));
    }
    int least = type == QuestionType.MULTIPLE ? 3 : 2;
    if (options.size() < least) {
      throw new InvalidQuestion(type.label() + "题至少需要 " + least + " 个选项（现有 " + options.size() + " 个）");
    }
    return options;
  }

  private static List<Question.Option> judgeOptions(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i).strip();
      boolean standard = text.isEmpty() || (i < 2 && normalizeJudge(text).equals(i == 0 ? "A" : "B"));
      if (!standard) {
        throw new InvalidQuestion("判断题不填选项（系统自动使用“正确”“错误”），选项" + QuestionDraft.KEYS.charAt(i) + "却有内容");
      }
    }
    return List.of(new Question.Option("A", JUDGE_TEXTS.get(0)), new Question.Option("B", JUDGE_TEXTS.get(1)));
  }

  private static List<String> judgeAnswer(String raw) {
    String key = normalizeJudge(raw.strip());
    if (key.isEmpty()) {
      throw new InvalidQuestion(raw.isBlank() ? "缺少答案：判断题填“正确”或“错误”"
          : "判断题答案“" + raw.strip() + "”无法识别：应为 正确/错误（或 对/错、√/×、A/B）");
    }
    return List.of(key);
  }

  /** A for true, B for false, empty when the text is neither. */
  private static String normalizeJudge(String t) {
    return switch (t.toUpperCase(Locale.ROOT)) {
      case "正确", "对", "√", "✓", "✔", "A", "Ａ", "T", "TRUE", "是" -> "A";
      case "错误", "错", "×", "✗", "✘", "X", "B", "Ｂ", "F", "FALSE", "否" -> "B";
      default -> "";
    };
  }

  private static List<String> choiceAnswer(QuestionType type, String raw, List<Question.Option> options) {
    String letters = toAscii(raw).toUpperCase(Locale.ROOT).replaceAll("[\\s,，、;；/]", "");
    if (letters.isEmpty()) {
      throw new InvalidQuestion("缺少答案：" + (type == QuestionType.SINGLE ? "单选题填一个字母，如 B" : "多选题填两个以上字母，如 ACD"));
    }
    Set<String> keys = new LinkedHashSet<>();
    for (char c : letters.toCharArray()) {
      if (QuestionDraft.KEYS.indexOf(c) < 0) {
        throw new InvalidQuestion("答案“" + raw.strip() + "”无法识别：只能是字母 A–F");
      }
      if (!keys.add(String.valueOf(c))) {
        throw new InvalidQuestion("答案“" + raw.strip() + "”中字母 " + c + " 重复");
      }
      if (c - 'A' >= options.size()) {
        throw new InvalidQuestion("答案含 " + c + "，但没有选项" + c);
      }
    }
    if (type == QuestionType.SINGLE && keys.size() != 1) {
      throw new InvalidQuestion("单选题只能有一个答案（现为“" + raw.strip() + "”）");
    }
    if (type == QuestionType.MULTIPLE && keys.size() < 2) {
      throw new InvalidQuestion("多选题至少要有两个正确选项（现为“" + raw.strip() + "”）");
    }
    return keys.stream().sorted().toList();
  }

  static List<String> tags(String raw) {
    Set<String> tags = new LinkedHashSet<>();
    for (String t : raw.split("[;；,，、]")) {
      String tag = t.strip();
      if (tag.isEmpty()) {
        continue;
      }
      if (tag.length() > MAX_TAG) {
        throw new InvalidQuestion("标签“" + tag + "”过长（最多 " + MAX_TAG + " 字）");
      }
      tags.add(tag);
    }
    if (tags.size() > MAX_TAGS) {
      throw new InvalidQuestion("标签过多（最多 " + MAX_TAGS + " 个）");
    }
    return List.copyOf(tags);
  }

  /** 易, 中 or 难; an empty cell is 中, the level most questions have. */
  static String difficulty(String raw) {
    return switch (raw.strip()) {
      case "易", "容易", "简单", "1", "１" -> "易";
      case "", "中", "中等", "一般", "适中", "2", "２" -> "中";
      case "难", "困难", "较难", "3", "３" -> "难";
      default -> throw new InvalidQuestion("难度“" + raw.strip() + "”无法识别：应为 易、中、难（或 1、2、3）");
    };
  }

  private static String toAscii(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 'Ａ' && c <= 'Ｚ' ? (char) ('A' + (c - 'Ａ')) : c >= 'ａ' && c <= 'ｚ' ? (char) ('a' + (c - 'ａ')) : c);
    }
    return sb.toString();
  }
}
