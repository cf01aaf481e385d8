package org.xuefa.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The template model of the report page: metadata, table of contents, every paragraph with its address. */
final class ReportPage {

  private ReportPage() {}

  /** {@code target} is the highlighted paragraph id, or null; {@code read} the section ids the reader has read. */
  static Map<String, Object> model(Report report, String target, Set<String> read) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (Part part : report.parts()) {
      List<Map<String, Object>> sections = new ArrayList<>();
      for (Section section : part.sections()) {
        SectionAddress address = SectionAddress.of(part, section);
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (Paragraph p : section.paragraphs()) {
          paragraphs.add(Map.of("id", p.id(), "text", p.text(), "url", p.url(), "target", p.id().equals(target)));
        }
        sections.add(Map.of("id", address.id(), "heading", address.heading(),
            "numbered", section.number() > 0, "paragraphs", paragraphs, "read", read.contains(address.id())));
      }
      parts.add(Map.of("number", part.number(), "heading", part.heading(),
          "sections", sections, "numbered", part.number() > 0));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("title", report.title());
    m.put("publisher", report.publisher());
    m.put("date", report.publishedDate());
    m.put("parts", parts);
    return m;
  }
}
