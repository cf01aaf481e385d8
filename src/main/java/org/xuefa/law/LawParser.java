package org.xuefa.law;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a statute, Markdown with # headings or the same structure as plain text, into a {@link Law},
 * rejecting any text whose articles or headings do not run in order.
 */
public final class LawParser {

  /** Where the reader is: before the text, in the preamble, in a table of contents, or in the text. */
  private enum Part { NOTES, PREAMBLE, CONTENTS, BODY }

  /** A plain-text title: a short line that is not a date, a parenthesised note or a sentence. */
  private static final Pattern NOT_A_TITLE = Pattern.compile("^[0-9０-９（(【\\[<《]|[。；;！？]");
  private static final int MAX_TITLE_LENGTH = 100;

  private final List<String> lines;
  private final List<String> notes = new ArrayList<>();
  private final List<String> preamble = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private final List<Integer> articleLines = new ArrayList<>();
  private final Outline outline = new Outline();
  private Part part = Part.NOTES;
  private String contentsFirst;
  private PendingArticle current;

  private LawParser(List<String> lines) {
    this.lines = lines;
  }

  /**
   * Parses the text of one statute.
   *
   * @param slug the law's slug, see {@link #slugFor(Path)}
   * @throws LawFormatException naming the first line that breaks the structure
   */
  public static Law parse(String slug, String text) throws LawFormatException {
    return new LawParser(StatuteText.lines(text)).read(slug);
  }

  /** Parses a file, which must be UTF-8, under the slug {@link #slugFor(Path)} gives it. */
  public static Law parse(Path file) throws IOException, LawFormatException {
    String text = StatuteText.decode(Files.readAllBytes(file));
    String base = LawSlugs.baseName(file);
    Law law = parse(base, text);
    return law.withSlug(LawSlugs.slugFor(base, law.title()));
  }

  /**
   * The slug of a statute file: its base name lower-cased with anything but a-z, 0-9 and '-' made
   * '-'; a name without ASCII letters (民法典.md) gets {@code law-} and 8 hex digits of the SHA-256 of
   * the title, which is then read from the file.
   *
   * @throws java.io.UncheckedIOException if the title has to be read and cannot be
   */
  public static String slugFor(Path file) {
    return LawSlugs.slugFor(file);
  }

  private Law read(String slug) throws LawFormatException {
    int titleIndex = 0;
    while (titleIndex < lines.size() && StatuteLine.of(lines.get(titleIndex)).is(StatuteLine.Type.BLANK)) {
      titleIndex++;
    }
    if (titleIndex == lines.size()) {
      throw new LawFormatException(1, "文本为空，缺少法律名称标题");
    }
    String title = title(titleIndex);
    for (int i = titleIndex + 1; i < lines.size(); i++) {
      accept(StatuteLine.of(lines.get(i)), i + 1);
    }
    finishArticle();
    if (articles.isEmpty()) {
      throw new LawFormatException(lines.size(), "全文没有条文");
    }
    return new Law(slug, title, notes, preamble, outline.finish(), articles);
  }

  private String title(int index) throws LawFormatException {
    StatuteLine first = StatuteLine.of(lines.get(index));
    boolean markdown = lines.stream().anyMatch(l -> StatuteLine.strip(l).startsWith("#"));
    boolean plainTitle = !markdown && first.text().length() <= MAX_TITLE_LENGTH
        && !NOT_A_TITLE.matcher(first.text()).find();
    if (first.is(StatuteLine.Type.TEXT) && (first.hashes() > 0 || plainTitle)) {
      return StatuteLine.normalizeName(first.text());
    }
    throw new LawFormatException(index + 1, "第一个非空行应为法律名称标题（如“# 中华人民共和国宪法”），实为“"
        + abbreviate(StatuteLine.strip(lines.get(index))) + "”");
  }

  private void accept(StatuteLine line, int number) throws LawFormatException {
    if (part == Part.CONTENTS && insideContents(line)) {
      return;
    }
    switch (line.type()) {
      case BLANK -> { }
      case ARTICLE -> startArticle(line, number);
      case HEADING -> {
        finishArticle();
        outline.open(line, number);
        part = Part.BODY;
      }
      case PREAMBLE -> {
        expectBeforeText(line, number);
        part = Part.PREAMBLE;
      }
      case CONTENTS -> {
        expectBeforeText(line, number);
        part = Part.CONTENTS;
        contentsFirst = null;
      }
      case TEXT -> text(line, number);
    }
  }

  /**
   * A table of contents (目录) lists the headings once more; it ends where its first entry comes
   * round again, and that line is read as text.
   */
  private boolean insideContents(StatuteLine line) {
    if (line.is(StatuteLine.Type.BLANK)) {
      return true;
    }
    String key = line.is(StatuteLine.Type.TEXT) ? StatuteLine.normalizeName(line.text()) : line.text();
    if (contentsFirst == null && !line.is(StatuteLine.Type.ARTICLE)) {
      contentsFirst = key;
      return true;
    }
    if (line.is(StatuteLine.Type.ARTICLE) || key.equals(contentsFirst)) {
      part = Part.NOTES;
      return false;
    }
    return true;
  }

  private void expectBeforeText(StatuteLine line, int number) throws LawFormatException {
    if (part != Part.NOTES) {
      throw new LawFormatException(number, "“" + line.text() + "”只能出现在正文之前，且只能出现一次");
    }
  }

  private void text(StatuteLine line, int number) throws LawFormatException {
    if (line.hashes() > 0) {
      throw new LawFormatException(number, "无法识别的标题“" + abbreviate(line.text()) + "”");
    }
    switch (part) {
      case NOTES -> notes.add(line.text());
      case PREAMBLE -> preamble.add(line.text());
      default -> {
        if (current == null) {
          throw new LawFormatException(number, "这段文字不属于任何条文：“" + abbreviate(line.text()) + "”");
        }
        current.paragraphs.add(line.text());
      }
    }
  }

  private void startArticle(StatuteLine line, int number) throws LawFormatException {
    finishArticle();
    int expected = articles.size() + 1;
    int actual = line.number();
    if (actual >= 1 && actual < expected) {
      throw new LawFormatException(number, "条文编号重复，" + Article.labelOf(actual) + "已在第 "
          + articleLines.get(actual - 1) + " 行出现，应为" + Article.labelOf(expected));
    }
    if (actual != expected) {
      throw new LawFormatException(number, "条文编号不连续，应为" + Article.labelOf(expected)
          + "，实为" + Article.labelOf(actual));
    }
    part = Part.BODY;
    current = new PendingArticle(number, actual, outline.addArticle(actual));
    if (!line.text().isEmpty()) {
      current.paragraphs.add(line.text());
    }
  }

  private void finishArticle() throws LawFormatException {
    if (current == null) {
      return;
    }
    if (current.paragraphs.isEmpty()) {
      throw new LawFormatException(current.line, Article.labelOf(current.number) + "没有内容");
    }
    articles.add(new Article(current.number, Article.labelOf(current.number), current.path, current.paragraphs));
    articleLines.add(current.line);
    current = null;
  }

  private static String abbreviate(String s) {
    return s.length() <= 30 ? s : s.substring(0, 30) + "…";
  }

  /** An article whose paragraphs are still being read. */
  private static final class PendingArticle {
    final int line;
    final int number;
    final List<String> path;
    final List<String> paragraphs = new ArrayList<>();

    PendingArticle(int line, int number, List<String> path) {
      this.line = line;
      this.number = number;
      this.path = path;
    }
  }
}
