package org.xuefa.question;

import java.util.Arrays;
import java.util.Optional;

/** 单选, 多选, 判断: the code is what the API and the store use, the label what trainers write. */
public enum QuestionType {
  SINGLE("single", "单选"),
  MULTIPLE("multiple", "多选"),
  JUDGE("judge", "判断");

  private final String code;
  private final String label;

  QuestionType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Accepts the code, the label, or the longer forms trainers type (单选题, 多项选择题, 判断题 …). */
  public static Optional<QuestionType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace("题", "");
    return Arrays.stream(values())
        .filter(q -> q.code.equalsIgnoreCase(t) || q.label.equals(t)
            || (q == SINGLE && (t.equals("单项选择") || t.equals("单项")))
            || (q == MULTIPLE && (t.equals("多项选择") || t.equals("多项") || t.equals("不定项")))
            || (q == JUDGE && (t.equals("是非") || t.equals("对错"))))
        .findFirst();
  }
}
