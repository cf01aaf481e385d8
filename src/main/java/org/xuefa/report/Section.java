package org.xuefa.report;

import java.util.List;

/** A section of a part, headed "(一)title。", holding the paragraphs that follow the heading. */
public record Section(int number, String title, List<Paragraph> paragraphs) {

  public Section {
    paragraphs = List.copyOf(paragraphs);
  }
}
