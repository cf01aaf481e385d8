package org.xuefa.search;

import io.vertx.core.Future;
import java.util.List;
import org.xuefa.report.Report;

/** The city's report, paragraph by paragraph; it ships with the program, so it is parsed once. */
public final class ReportSearchSource implements SearchSource {

  private final List<SearchDoc> docs;

  public ReportSearchSource(Report report) {
    this.docs = ReportSearchDocs.of(report);
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public Future<List<SearchDoc>> docs() {
    return Future.succeededFuture(docs);
  }
}
