package org.xuefa.law;

import java.util.List;
import java.util.Optional;

/**
 * A parsed statute: title, the notes before the text, an optional preamble, its outline and articles.
 *
 * @param slug     the file's slug, used in addresses {@code law:SLUG:N}
 * @param title    the title, e.g. 中华人民共和国民法典
 * @param notes    adoption and amendment notes before the text, one per line
 * @param preamble preamble paragraphs (the constitution's 序言), empty for most laws
 * @param headings the outermost headings; each holds its children
 * @param articles the articles, numbered 1..N in order
 */
public record Law(String slug, String title, List<String> notes, List<String> preamble,
                  List<Heading> headings, List<Article> articles) {

  public Law {
    notes = List.copyOf(notes);
    preamble = List.copyOf(preamble);
    headings = List.copyOf(headings);
    articles = List.copyOf(articles);
  }

  /** The article with this number, if the law has it. */
  public Optional<Article> article(int number) {
    if (number >= 1 && number <= articles.size() && articles.get(number - 1).number() == number) {
      return Optional.of(articles.get(number - 1));
    }
    return articles.stream().filter(a -> a.number() == number).findFirst();
  }

  public int articleCount() {
    return articles.size();
  }

  /** Every heading in document order, outer before inner. */
  public List<Heading> allHeadings() {
    return headings.stream().flatMap(Heading::flatten).toList();
  }

  /** The headings containing the article, outermost first; empty for an unknown article. */
  public List<Heading> headingPath(int article) {
    return Heading.path(headings, article);
  }

  /** The same law under another slug. */
  public Law withSlug(String newSlug) {
    return new Law(newSlug, title, notes, preamble, headings, articles);
  }
}
