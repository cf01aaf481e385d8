package org.xuefa.law;

import java.util.List;

/**
 * The current version of an imported law without its articles: enough to draw its outline and to
 * find any of its articles by {@code _id}.
 *
 * @param slug         the law's slug
 * @param title        its title
 * @param notes        adoption and amendment notes
 * @param preamble     preamble paragraphs (the constitution's 序言), usually empty
 * @param headings     the outline's outermost headings
 * @param articleCount the articles are numbered 1..articleCount
 * @param version      the version whose articles are current
 * @param importedAt   when that version was imported, epoch milliseconds
 * @param sourceFile   the file it came from, for display only
 */
public record StoredLaw(String slug, String title, List<String> notes, List<String> preamble,
                        List<Heading> headings, int articleCount, long version, long importedAt,
                        String sourceFile) {

  public StoredLaw {
    notes = List.copyOf(notes);
    preamble = List.copyOf(preamble);
    headings = List.copyOf(headings);
  }

  public LawSummary summary() {
    return new LawSummary(slug, title, articleCount, importedAt, sourceFile);
  }

  public boolean has(int article) {
    return article >= 1 && article <= articleCount;
  }

  /** The headings containing the article, outermost first. */
  public List<Heading> headingPath(int article) {
    return Heading.path(headings, article);
  }
}
