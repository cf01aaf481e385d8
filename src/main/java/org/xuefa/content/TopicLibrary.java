package org.xuefa.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.xuefa.content.TopicFiles.TopicFile;
import org.xuefa.law.KnownStatutes;
import org.xuefa.report.Paragraph;
import org.xuefa.report.Report;

/**
 * The study topics, read and checked once at start: every topic parses, and every ref it cites points
 * at a real report paragraph or statute article, or the start fails naming the file.
 */
public final class TopicLibrary {

  /** One cited source as the topic page lists it under 出处. */
  public record SourceLink(String ref, String label, String url) {}

  private record Entry(Topic topic, int order, String html, List<SourceLink> sources) {}

  static final int SUMMARY_MAX = 40;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final List<Topic> topics;
  private final Map<String, Entry> bySlug;

  private TopicLibrary(List<Entry> entries) {
    List<Entry> sorted = entries.stream()
        .sorted(Comparator.comparingInt(Entry::order).thenComparing(e -> e.topic().slug())).toList();
    this.topics = sorted.stream().map(Entry::topic).toList();
    Map<String, Entry> map = new LinkedHashMap<>();
    sorted.forEach(e -> map.put(e.topic().slug(), e));
    this.bySlug = map;
  }

  /** Loads {@code content/topics/*.md} from the classpath; blocking, meant for the start. */
  public static TopicLibrary load(Report report) {
    List<TopicFile> files = TopicFiles.fromClasspath(TopicLibrary.class.getClassLoader(), TopicFiles.FOLDER);
    if (files.isEmpty()) {
      throw new TopicFormatException(TopicFiles.FOLDER, "没有找到任何专题文件（*.md）");
    }
    return of(files, report);
  }

  static TopicLibrary of(List<TopicFile> files, Report report) {
    List<Entry> entries = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (TopicFile file : files) {
      Entry e = build(file, report);
      if (!slugs.add(e.topic().slug())) {
        throw new TopicFormatException(TopicFiles.FOLDER + "/" + file.name(), "slug 重复：" + e.topic().slug());
      }
      entries.add(e);
    }
    return new TopicLibrary(entries);
  }

  /** Every topic in list order ({@code order}, then slug). */
  public List<Topic> all() {
    return topics;
  }

  public Optional<Topic> find(String slug) {
    return Optional.ofNullable(bySlug.get(slug)).map(Entry::topic);
  }

  /** The rendered body (safe HTML) of a known topic. */
  public String html(String slug) {
    return entry(slug).html();
  }

  public List<SourceLink> sources(String slug) {
    return entry(slug).sources();
  }

  private Entry entry(String slug) {
    Entry e = bySlug.get(slug);
    if (e == null) {
      throw new IllegalArgumentException("unknown topic " + slug);
    }
    return e;
  }

  private static Entry build(TopicFile file, Report report) {
    String name = TopicFiles.FOLDER + "/" + file.name();
    FrontMatter fm = FrontMatter.parse(name, file.text());
    if (!SLUG.matcher(fm.slug()).matches()) {
      throw new TopicFormatException(name, "slug 只能由小写字母、数字和连字符组成：" + fm.slug());
    }
    if (!file.name().equals(fm.slug() + ".md")) {
      throw new TopicFormatException(name, "slug " + fm.slug() + " 与文件名不一致");
    }
    if (fm.summary().codePointCount(0, fm.summary().length()) > SUMMARY_MAX) {
      throw new TopicFormatException(name, "summary 超过 " + SUMMARY_MAX + " 个字");
    }
    if (fm.body().isEmpty()) {
      throw new TopicFormatException(name, "正文为空");
    }
    List<SourceLink> sources = new ArrayList<>();
    for (String s : fm.sources()) {
      Ref ref = Ref.parse(s).orElseThrow(() -> new TopicFormatException(name, "sources 中的引用格式错误：" + s));
      sources.add(link(ref, report).orElseThrow(
          () -> new TopicFormatException(name, "sources 中的引用不存在：" + s)));
    }
    TopicMarkdown.Rendered body = TopicMarkdown.render(fm.body(), ref -> link(ref, report).isPresent());
    if (!body.problems().isEmpty()) {
      throw new TopicFormatException(name, "正文" + String.join("；", body.problems()));
    }
    Set<String> listed = new HashSet<>(fm.sources());
    if (!listed.equals(body.refs())) {
      Set<String> missing = new HashSet<>(body.refs());
      missing.removeAll(listed);
      Set<String> unused = new HashSet<>(listed);
      unused.removeAll(body.refs());
      throw new TopicFormatException(name, "sources 必须与正文引用一致：正文引用但未列出 " + missing
          + "，列出但正文未引用 " + unused);
    }
    Topic topic = new Topic(fm.slug(), fm.title(), fm.summary(), fm.tags(), fm.sources(), fm.body(),
        body.plainText(), Topic.urlOf(fm.slug()));
    return new Entry(topic, fm.order(), body.html(), List.copyOf(sources));
  }

  /** The label and page of a ref, or empty when it points at nothing. */
  static Optional<SourceLink> link(Ref ref, Report report) {
    if (ref instanceof Ref.ReportRef r) {
      return report.paragraph(r.paragraphId()).map(p -> new SourceLink(r.text(), reportLabel(p), r.url()));
    }
    Ref.LawRef l = (Ref.LawRef) ref;
    if (!KnownStatutes.exists(l.slug(), l.number())) {
      return Optional.empty();
    }
    return Optional.of(new SourceLink(l.text(), KnownStatutes.label(l.slug(), l.number()), l.url()));
  }

  private static String reportLabel(Paragraph p) {
    String where = p.sectionTitle().isEmpty() ? p.partTitle() : p.sectionTitle();
    return "工作报告 ¶" + p.id() + " " + where;
  }
}
