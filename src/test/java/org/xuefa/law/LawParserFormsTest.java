package org.xuefa.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same statute written in other common forms parses to the same law as the shared Markdown. */
class LawParserFormsTest {

  private static final Pattern HASHES = Pattern.compile("^#+ ");
  private static final Pattern ARTICLE_LABEL = Pattern.compile("^(第[一二三四五六七八九十百千零]+条) ");

  @ParameterizedTest
  @ValueSource(strings = {"constitution", "civil-code", "state-compensation-law",
    "major-administrative-decision-regulation"})
  void plainTextWithoutHashMarks(String slug) throws Exception {
    List<String> plain = Statutes.lines(slug).stream().map(l -> HASHES.matcher(l).replaceFirst("")).toList();
    assertEquals(Statutes.parse(slug), LawParser.parse(slug, Statutes.join(plain)));
  }

  /** Plain text as often downloaded: CRLF, no blank lines, full-width indents and ideographic spaces. */
  @ParameterizedTest
  @ValueSource(strings = {"constitution", "civil-code", "administrative-licensing-law"})
  void plainTextWithIndentsIdeographicSpacesAndCrlf(String slug) throws Exception {
    List<String> plain = new ArrayList<>();
    for (String line : Statutes.lines(slug)) {
      if (line.isEmpty()) {
        continue;
      }
      String bare = HASHES.matcher(line).replaceFirst("");
      plain.add(line.startsWith("#") ? bare.replace(' ', '\u3000') : "\u3000\u3000" + bare);
    }
    assertEquals(Statutes.parse(slug), LawParser.parse(slug, String.join("\r\n", plain) + "\r\n"));
  }

  /** Article labels in bold and every text line in a block quote, as some Markdown editions do. */
  @ParameterizedTest
  @ValueSource(strings = {"constitution", "administrative-penalty-law"})
  void boldLabelsAndQuotedText(String slug) throws Exception {
    List<String> marked = Statutes.lines(slug).stream().map(line -> {
      if (line.isEmpty() || line.startsWith("#")) {
        return line;
      }
      return "> " + ARTICLE_LABEL.matcher(line).replaceFirst("**$1** ");
    }).toList();
    assertEquals(Statutes.parse(slug), LawParser.parse(slug, Statutes.join(marked)));
  }

  /** A table of contents (目录) repeating the headings before the text is skipped. */
  @ParameterizedTest
  @ValueSource(strings = {"constitution", "civil-code", "administrative-coercion-law"})
  void tableOfContentsIsSkipped(String slug) throws Exception {
    Law law = Statutes.parse(slug);
    List<String> contents = new ArrayList<>();
    contents.add("目  录");
    if (!law.preamble().isEmpty()) {
      contents.add("序  言");
    }
    law.allHeadings().forEach(h -> contents.add("\u3000".repeat(h.level() - 1) + h.label()));
    contents.add("");
    for (boolean plain : new boolean[] {false, true}) {
      List<String> lines = Statutes.lines(slug);
      int firstHeading = 1 + Statutes.indexOf(lines.subList(1, lines.size()), "#");
      lines.addAll(firstHeading, contents);
      List<String> text = plain
          ? lines.stream().map(l -> HASHES.matcher(l).replaceFirst("")).toList() : lines;
      assertEquals(law, LawParser.parse(slug, Statutes.join(text)), plain ? "plain" : "markdown");
    }
  }
}
