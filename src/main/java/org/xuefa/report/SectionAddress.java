package org.xuefa.report;

import org.xuefa.law.ChineseNumerals;

/** A section with the part it belongs to and its address "P-S" (the preamble is "0-0"). */
public record SectionAddress(String id, Part part, Section section) {

  static SectionAddress of(Part part, Section section) {
    return new SectionAddress(part.number() + "-" + section.number(), part, section);
  }

  /** The report page scrolled to this section. */
  public String url() {
    return "/report#s" + id;
  }

  /** "（二）深化…" for a numbered section, the part's title for the preamble. */
  public String heading() {
    if (section.number() == 0) {
      return part.title();
    }
    return "（" + ChineseNumerals.format(section.number()) + "）" + section.title();
  }

}
