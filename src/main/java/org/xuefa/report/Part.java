package org.xuefa.report;

import java.util.List;

/** A part of the report headed by a Chinese numeral such as "二、依法全面履行政府职能". */
public record Part(int number, String numeral, String title, List<Section> sections) {

  public Part {
    sections = List.copyOf(sections);
  }

  /** "二、依法全面履行政府职能", or the preamble's title. */
  public String heading() {
    return number == 0 ? title : numeral + "、" + title;
  }
}
