package org.xuefa.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The report's structure as {@code GET /api/report} answers it: parts → sections → paragraphs. */
final class ReportJson {

  private ReportJson() {}

  static JsonObject of(Report report) {
    JsonArray parts = new JsonArray();
    for (Part part : report.parts()) {
      JsonArray sections = new JsonArray();
      for (Section section : part.sections()) {
        SectionAddress address = SectionAddress.of(part, section);
        JsonArray paragraphs = new JsonArray();
        section.paragraphs().forEach(p -> paragraphs.add(new JsonObject()
            .put("id", p.id()).put("text", p.text()).put("url", p.url())));
        sections.add(new JsonObject().put("id", address.id()).put("number", section.number())
            .put("title", section.title()).put("url", address.url()).put("paragraphs", paragraphs));
      }
      parts.add(new JsonObject().put("number", part.number()).put("numeral", part.numeral())
          .put("title", part.title()).put("sections", sections));
    }
    return new JsonObject().put("title", report.title()).put("publisher", report.publisher())
        .put("date", report.publishedDate()).put("parts", parts);
  }
}
