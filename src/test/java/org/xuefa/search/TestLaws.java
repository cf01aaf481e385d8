package org.xuefa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xuefa.law.ChineseNumerals;

/**
 * A small statute reader for tests and the benchmark only (the application has its own law
 * parser): one document per 第X条, with the law title and 编/章/节 headings as its path.
 */
public final class TestLaws {

  private static final Pattern ARTICLE =
      Pattern.compile("^[#>*\\s　]*第([一二三四五六七八九十百千零〇]+)条(?:[\\s　]+|$)(.*)$");
  private static final Pattern HEADING = Pattern.compile("^(#+)\\s*(.+)$");

  private TestLaws() {}

  /** The statutes folder: system property xuefa.laws.dir, else ../shared/laws. */
  public static Path folder() {
    String dir = System.getProperty("xuefa.laws.dir");
    return Paths.get(dir != null && !dir.isBlank() ? dir : "../shared/laws");
  }

  public static List<SearchDoc> readAll(Path folder) {
    List<SearchDoc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.equals("README.md")) {
          docs.addAll(read(name.substring(0, name.length() - 3), Files.readString(f)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  static List<SearchDoc> read(String slug, String markdown) {
    List<SearchDoc> docs = new ArrayList<>();
    String lawTitle = null;
    String[] headings = new String[4]; // 编, 章, 节 by heading depth
    int number = -1;
    String label = "";
    boolean first = false; // the next article opens a chapter or section
    boolean opens = false;
    StringBuilder text = new StringBuilder();
    String path = "";
    String heading = "";
    for (String line : markdown.split("\n")) {
      Matcher a = ARTICLE.matcher(line);
      Matcher h = HEADING.matcher(line.strip());
      if (a.matches()) {
        add(docs, slug, lawTitle, number, label, path, text, opens ? heading : null);
        number = ChineseNumerals.parse(a.group(1));
        label = "第" + a.group(1) + "条";
        opens = first;
        heading = lastHeading(headings);
        first = false;
        text.setLength(0);
        text.append(a.group(2).strip());
        path = path(lawTitle, headings);
      } else if (h.matches()) {
        add(docs, slug, lawTitle, number, label, path, text, opens ? heading : null);
        number = -1;
        text.setLength(0);
        int depth = h.group(1).length();
        first = true;
        if (lawTitle == null) {
          lawTitle = h.group(2).strip();
        } else if (depth <= 3) {
          headings[depth] = h.group(2).replaceAll("[\\s\u2002]+", " ").strip();
          for (int i = depth + 1; i < headings.length; i++) {
            headings[i] = null;
          }
        }
      } else if (number > 0 && !line.isBlank()) {
        text.append('\n').append(line.strip());
      }
    }
    add(docs, slug, lawTitle, number, label, path, text, opens ? heading : null);
    return docs;
  }

  /** The name of the innermost heading, without its number: "第十四章  居住权" → "居住权". */
  private static String lastHeading(String[] headings) {
    for (int i = headings.length - 1; i >= 1; i--) {
      if (headings[i] != null) {
        return headings[i].replaceFirst("^第[一二三四五六七八九十百千零〇]+[编章节]\\s*", "").replaceFirst("^附\\s*则$", "附则").strip();
      }
    }
    return "";
  }

  private static String path(String lawTitle, String[] headings) {
    StringBuilder p = new StringBuilder(lawTitle == null ? "" : lawTitle);
    for (int i = 1; i < headings.length; i++) {
      if (headings[i] != null) {
        p.append(" › ").append(headings[i]);
      }
    }
    return p.toString();
  }

  private static void add(List<SearchDoc> docs, String slug, String lawTitle, int number, String label,
      String path, StringBuilder text, String opensHeading) {
    if (number <= 0) {
      return;
    }
    String title = lawTitle + " " + label;
    // the article that opens a chapter carries the chapter's name as a keyword
    List<String> keywords = opensHeading == null || opensHeading.isEmpty() ? List.of() : List.of(opensHeading);
    docs.add(new SearchDoc("law:" + slug + ":" + number, "law", title, "/laws/" + slug + "/" + number,
        text.toString(), path, keywords, LawRank.boost(slug)));
  }
}
