package org.xuefa.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A heading of a statute (编, 分编, 章, 节 or the unnumbered 附则) with the articles it covers.
 *
 * @param kind         编, 分编, 章, 节 or 附则
 * @param level        depth in the outline, 1 for the outermost headings
 * @param label        normalized label, e.g. "第五编 婚姻家庭", "第二节 监护", "附则"
 * @param firstArticle number of the first article under the heading, children included
 * @param lastArticle  number of the last article under the heading, children included
 * @param children     the headings directly below, in order
 */
public record Heading(String kind, int level, String label, int firstArticle, int lastArticle,
                      List<Heading> children) {

  public Heading {
    children = List.copyOf(children);
  }

  /** Whether the article lies under this heading. */
  public boolean covers(int article) {
    return article >= firstArticle && article <= lastArticle;
  }

  /** The headings of an outline that contain the article, outermost first; empty for an unknown article. */
  public static List<Heading> path(List<Heading> outline, int article) {
    List<Heading> path = new ArrayList<>();
    List<Heading> level = outline;
    while (true) {
      Optional<Heading> next = level.stream().filter(h -> h.covers(article)).findFirst();
      if (next.isEmpty()) {
        return path;
      }
      path.add(next.get());
      level = next.get().children();
    }
  }

  /** This heading followed by all headings below it, in document order. */
  public Stream<Heading> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Heading::flatten));
  }
}
