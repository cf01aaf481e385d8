package org.xuefa.report;

/**
 * One addressable paragraph of the report; {@code id} is "part-section-index", e.g. "2-2-1".
 */
public record Paragraph(
    String id, int part, int section, int index, String partTitle, String sectionTitle,
    String text) {

  /** Builds the paragraph with the id that its position implies. */
  public static Paragraph at(
      int part, int section, int index, String partTitle, String sectionTitle, String text) {
    return new Paragraph(
        part + "-" + section + "-" + index, part, section, index, partTitle, sectionTitle, text);
  }

  /** The address "P-S" of the section holding this paragraph. */
  public String sectionId() {
    return part + "-" + section;
  }

  /** The page that shows this paragraph, scrolled to it. */
  public String url() {
    return "/report?p=" + id + "#p" + id;
  }
}
