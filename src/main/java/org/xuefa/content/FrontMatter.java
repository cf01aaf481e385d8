package org.xuefa.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields between the opening and closing {@code ---} of a topic file. Only the small subset of
 * YAML the topics use is read — {@code key: value} and flow lists {@code [a, b]} — so anything else is
 * an error naming the line rather than a silent surprise.
 */
record FrontMatter(
    String title, String slug, String summary, List<String> tags, List<String> sources, int order,
    String body) {

  static final Set<String> FIELDS = Set.of("title", "slug", "summary", "tags", "sources", "order");
  private static final Set<String> LISTS = Set.of("tags", "sources");
  private static final String FENCE = "---";

  /** Splits a topic file into its front matter and Markdown body. */
  static FrontMatter parse(String file, String text) {
    List<String> lines = text.replace("\uFEFF", "").lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      throw new TopicFormatException(file, 1, "文件必须以 --- 开头的前置信息（front matter）开始");
    }
    Map<String, Object> values = new HashMap<>();
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals(FENCE)) {
        close = i;
        break;
      }
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        readField(file, i + 1, line, values);
      }
    }
    if (close < 0) {
      throw new TopicFormatException(file, "前置信息没有结束的 --- 行");
    }
    for (String field : FIELDS) {
      if (!values.containsKey(field)) {
        throw new TopicFormatException(file, "前置信息缺少字段 " + field);
      }
    }
    String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
    return new FrontMatter(scalar(values, "title"), scalar(values, "slug"), scalar(values, "summary"),
        list(values, "tags"), list(values, "sources"), order(file, scalar(values, "order")), body);
  }

  private static void readField(String file, int lineNo, String line, Map<String, Object> values) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new TopicFormatException(file, lineNo, "应为“字段: 值”，实为：" + line.strip());
    }
    String key = line.substring(0, colon).strip();
    String raw = line.substring(colon + 1).strip();
    if (!FIELDS.contains(key)) {
      throw new TopicFormatException(file, lineNo, "未知字段 " + key + "（允许：title, slug, summary, tags, sources, order）");
    }
    if (values.containsKey(key)) {
      throw new TopicFormatException(file, lineNo, "字段 " + key + " 重复");
    }
    if (LISTS.contains(key)) {
      values.put(key, flowList(file, lineNo, key, raw));
    } else {
      String value = unquote(raw);
      if (value.isEmpty()) {
        throw new TopicFormatException(file, lineNo, "字段 " + key + " 为空");
      }
      values.put(key, value);
    }
  }

  private static List<String> flowList(String file, int lineNo, String key, String raw) {
    if (!raw.startsWith("[") || !raw.endsWith("]")) {
      throw new TopicFormatException(file, lineNo, "字段 " + key + " 必须是 [a, b] 形式的列表");
    }
    String inner = raw.substring(1, raw.length() - 1).strip();
    List<String> items = new ArrayList<>();
    if (inner.isEmpty()) {
      return items;
    }
    for (String part : inner.split(",")) {
      String item = unquote(part.strip());
      if (item.isEmpty()) {
        throw new TopicFormatException(file, lineNo, "字段 " + key + " 有空的列表项");
      }
      items.add(item);
    }
    return items;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private static int order(String file, String raw) {
    try {
      int n = Integer.parseInt(raw);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new TopicFormatException(file, "字段 order 必须是正整数，实为：" + raw);
    }
  }

  private static String scalar(Map<String, Object> values, String key) {
    return (String) values.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> values, String key) {
    return List.copyOf((List<String>) values.get(key));
  }
}
