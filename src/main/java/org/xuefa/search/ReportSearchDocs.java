package org.xuefa.search;

import java.util.ArrayList;
import java.util.List;
import org.xuefa.report.Paragraph;
import org.xuefa.report.Part;
import org.xuefa.report.Report;

/** Turns the report's paragraphs into search documents ("report:2-2-1", type "report"). */
public final class ReportSearchDocs {

  public static final String TYPE = "report";

  private ReportSearchDocs() {}

  public static List<SearchDoc> of(Report report) {
    List<SearchDoc> docs = new ArrayList<>();
    for (Part part : report.parts()) {
      String partLabel = part.number() == 0 ? part.title() : part.numeral() + "、" + part.title();
      part.sections().forEach(section -> section.paragraphs().forEach(p -> docs.add(of(report, partLabel, p))));
    }
    return docs;
  }

  private static SearchDoc of(Report report, String partLabel, Paragraph p) {
    String title = p.sectionTitle().isEmpty() ? p.partTitle() : p.sectionTitle();
    String path = p.sectionTitle().isEmpty()
        ? report.title() + " › " + partLabel
        : report.title() + " › " + partLabel + " › " + p.sectionTitle();
    return new SearchDoc("report:" + p.id(), TYPE, title, p.url(), p.text(), path, List.of(), 1f);
  }
}
