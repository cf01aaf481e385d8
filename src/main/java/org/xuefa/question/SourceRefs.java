package org.xuefa.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xuefa.law.ChineseNumerals;
import org.xuefa.law.KnownStatutes;
import org.xuefa.law.KnownStatutes.Statute;
import org.xuefa.report.Paragraph;
import org.xuefa.report.ReportParser;

/**
 * Reads the 出处 cell: the machine refs of the seeds ({@code law:civil-code:496}, {@code report:2-2-1})
 * and the forms trainers type (《民法典》第496条, 宪法第二十七条第三款, 报告 2-2-1), several separated by
 * ; or ；, and turns each into a {@link Question.Source} with a title and the page that shows it.
 */
public final class SourceRefs {

  private static final Pattern MACHINE_LAW = Pattern.compile("law:([a-z0-9-]+):(\\d{1,5})");
  private static final Pattern MACHINE_REPORT = Pattern.compile("report:(\\d{1,2}-\\d{1,2}-\\d{1,3})");
  private static final Pattern HUMAN_REPORT = Pattern.compile("(?:工作报告|报告)¶?(\\d{1,2})-(\\d{1,2})-(\\d{1,3})");
  private static final String NUMERAL = "[" + ChineseNumerals.CHARACTERS + "]{1,8}";
  private static final Pattern HUMAN_LAW = Pattern.compile(
      "(.{1,40}?)第(" + NUMERAL + ")条(?:第" + NUMERAL + "[款项])*");
  private static final int MAX_REFS = 10;

  private static final SourceRefs STANDARD = new SourceRefs(() -> ReportIds.IDS);

  private final Supplier<Set<String>> reportIds;

  public SourceRefs(Set<String> reportIds) {
    Set<String> ids = Set.copyOf(reportIds);
    this.reportIds = () -> ids;
  }

  private SourceRefs(Supplier<Set<String>> reportIds) {
    this.reportIds = reportIds;
  }

  /** Refs checked against the report shipped with the application (parsed on first use, on the caller's thread). */
  public static SourceRefs standard() {
    return STANDARD;
  }

  /** Parses a whole cell; an empty cell, an unknown law or a malformed ref is an {@link InvalidQuestion}. */
  public List<Question.Source> parse(String cell) {
    Set<String> seen = new LinkedHashSet<>();
    List<Question.Source> out = new ArrayList<>();
    for (String piece : (cell == null ? "" : cell).split("[;；\\n]")) {
      if (piece.isBlank()) {
        continue;
      }
      Question.Source s = parseOne(piece);
      if (seen.add(s.ref())) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      throw new InvalidQuestion("缺少出处：请填写法条或报告段落，如 《民法典》第496条 或 报告 2-2-1");
    }
    if (out.size() > MAX_REFS) {
      throw new InvalidQuestion("出处过多（最多 " + MAX_REFS + " 处）");
    }
    return out;
  }

  /** Parses one ref in any accepted form. */
  public Question.Source parseOne(String raw) {
    String ref = normalize(raw);
    Matcher m = MACHINE_LAW.matcher(ref);
    if (m.matches()) {
      Statute law = KnownStatutes.bySlug(m.group(1))
          .orElseThrow(() -> new InvalidQuestion("出处“" + raw.strip() + "”：没有代号为 " + m.group(1) + " 的法律（可用："
              + KnownStatutes.all().stream().map(Statute::slug).collect(Collectors.joining("、")) + "）"));
      return law(law, Integer.parseInt(m.group(2)), raw);
    }
    Matcher r = MACHINE_REPORT.matcher(ref);
    if (r.matches()) {
      return report(r.group(1), raw);
    }
    Matcher hr = HUMAN_REPORT.matcher(ref);
    if (hr.matches()) {
      return report(Integer.parseInt(hr.group(1)) + "-" + Integer.parseInt(hr.group(2)) + "-"
          + Integer.parseInt(hr.group(3)), raw);
    }
    Matcher h = HUMAN_LAW.matcher(ref);
    if (h.matches()) {
      String name = h.group(1);
      Statute law = KnownStatutes.byName(name).orElseThrow(() -> new InvalidQuestion("出处“" + raw.strip()
          + "”：不认识的法律名称“" + name + "”（可用：" + KnownStatutes.all().stream().map(Statute::shortName)
          .collect(Collectors.joining("、")) + "）"));
      int n;
      try {
        n = ChineseNumerals.parse(h.group(2));
      } catch (NumberFormatException e) {
        throw new InvalidQuestion("出处“" + raw.strip() + "”：条文序号“" + h.group(2) + "”无法识别");
      }
      return law(law, n, raw);
    }
    throw new InvalidQuestion("出处“" + raw.strip() + "”无法识别：应写作 law:civil-code:496、《民法典》第496条"
        + " 或 报告 2-2-1");
  }

  /** The source for an article; its page says which statute to import when that statute is not there yet. */
  public static Question.Source law(Statute law, int article) {
    return new Question.Source("law:" + law.slug() + ":" + article, KnownStatutes.label(law.slug(), article),
        "/laws/" + law.slug() + "/" + article);
  }

  private Question.Source law(Statute law, int article, String raw) {
    if (article < 1 || article > law.articles()) {
      throw new InvalidQuestion("出处“" + raw.strip() + "”：《" + law.shortName() + "》共 " + law.articles()
          + " 条，没有第 " + article + " 条");
    }
    return law(law, article);
  }

  private Question.Source report(String id, String raw) {
    if (!reportIds.get().contains(id)) {
      throw new InvalidQuestion("出处“" + raw.strip() + "”：工作报告中没有段落 " + id);
    }
    return new Question.Source("report:" + id, "工作报告 ¶" + id, "/report?p=" + id + "#p" + id);
  }

  /** Full-width digits and dashes to ASCII, no spaces, so that typed variants meet one pattern. */
  private static String normalize(String raw) {
    String lower = raw.strip().toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("law:") || lower.startsWith("report:")) {
      raw = lower;
    }
    StringBuilder sb = new StringBuilder();
    for (char c : raw.strip().toCharArray()) {
      if (c >= '０' && c <= '９') {
        sb.append((char) ('0' + (c - '０')));
      } else if (c == '－' || c == '—' || c == '–' || c == '‐') {
        sb.append('-');
      } else if (c == '：') {
        sb.append(':');
      } else if (!Character.isWhitespace(c) && c != '\u3000') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Loaded on first use: the report is parsed once per process. */
  private static final class ReportIds {
    static final Set<String> IDS = ReportParser.loadDefault().paragraphs().stream()
        .map(Paragraph::id).collect(Collectors.toUnmodifiableSet());
  }
}
